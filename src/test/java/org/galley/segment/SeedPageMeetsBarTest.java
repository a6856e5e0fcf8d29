package org.galley.segment;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Issue 3's bar on the seed page, measured with the port of score.py. */
class SeedPageMeetsBarTest {

    @Test
    void seedFindsAllSixArticlesWithTitlesBylinesParagraphsAndText() throws Exception {
        Scorer.Score s = TestData.score(TestData.SEED, TestData.SEED_TRUTH);
        System.out.println("[java scorer] " + s.line(TestData.SEED));
        assertThat(s.articlesTruth()).isEqualTo(6);
        assertThat(s.articlesFound()).isEqualTo(6);
        assertThat(s.articlePrecision()).isEqualTo(1.0);
        assertThat(s.titlesRight()).isEqualTo(6);
        assertThat(s.bylinesRight()).isEqualTo(6);
        assertThat(s.paragraphF1()).isGreaterThanOrEqualTo(0.95);
        assertThat(s.cer()).isLessThanOrEqualTo(0.003);
    }

    @Test
    void seedListsFurnitureAndOrphanBylinesAndMarksPhotoAndContinuedArticle() {
        Proposal p = Segmenter.segment(TestData.read(TestData.SEED), null);
        assertThat(p.language()).isEqualTo("zh");
        assertThat(p.furniture()).extracting(Furniture::text).containsExactly("平湖发布 今平湖客户端");
        assertThat(p.unassigned()).extracting(Unassigned::role, Unassigned::text)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("byline", "■记者 李雨婷"),
                        org.assertj.core.groups.Tuple.tuple("byline", "■记者 黄雨欣"));
        assertThat(p.articles()).extracting(ProposedArticle::kind)
                .containsExactly("news", "news", "news", "news", "news", "photo");
        assertThat(p.articles()).extracting(ProposedArticle::continued)
                .containsExactly(false, true, false, false, false, false);
        assertThat(p.articles().get(0).lines()).containsExactly(new LineSpan(7, 39));
    }
}
