package org.galley.segment;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Crossheads stay in their article; headlines after the text are read only with a clear margin. */
class ReadingChoiceTest {

    @Test
    void shortCrossheadInsideAnArticleStaysInItsTextWithRoleCrosshead() {
        Proposal p = Segmenter.segmentStrict("""
                貨輪擱淺案續訊
                
                本報訊 昨日擱淺之貨輪，經海關派員登輪調查，
                已將船員分別訊問。
                
                船員供詞
                
                據大副稱，當晚霧大，領港未及登輪，
                致誤入淺灘，所幸無人受傷。
                """, null);
        assertThat(p.articles()).singleElement().satisfies(a -> {
            assertThat(a.headline()).isEqualTo("貨輪擱淺案續訊");
            assertThat(a.paragraphs()).containsExactly("昨日擱淺之貨輪，經海關派員登輪調查，已將船員分別訊問。", "船員供詞",
                    "據大副稱，當晚霧大，領港未及登輪，致誤入淺灘，所幸無人受傷。");
            assertThat(a.paragraphRoles()).containsExactly("text", "crosshead", "text");
        });
    }

    @Test
    void shortHeadlineWithADatelineStillStartsAnArticle() {
        Proposal p = Segmenter.segmentStrict("""
                貨輪擱淺
                
                本報訊 昨日一艘貨輪在吳淞口外擱淺，
                船上貨物無恙。
                
                米價回落
                
                本報訊 本地米價連日回落，
                市民稱便。
                """, null);
        assertThat(p.articles()).extracting(ProposedArticle::headline).containsExactly("貨輪擱淺", "米價回落");
    }

    @Test
    void headlinesAfterTheTextOnlyWithAClearMargin() {
        assertThat(ArticleAssembler.clearlyBetter(0, 2)).isTrue();
        assertThat(ArticleAssembler.clearlyBetter(0, 1)).isTrue();
        // a masthead or a slogan shifts a reading by a unit or two: not enough on a page of many items
        assertThat(ArticleAssembler.clearlyBetter(7, 8)).isFalse();
        assertThat(ArticleAssembler.clearlyBetter(8, 10)).isFalse();
        assertThat(ArticleAssembler.clearlyBetter(3, 10)).isTrue();
        assertThat(ArticleAssembler.clearlyBetter(2, 2)).isFalse();
    }

    @Test
    void englishTitleCaseHeadAfterAFinishedItemOpensANewArticle() {
        Proposal p = Segmenter.segmentStrict("""
                The committee of the hospital met on Monday last, when the accounts of the
                year were passed and the thanks of the meeting were given to the treasurer.
                Foreign Intelligence.
                Letters from Lisbon of the 12th state that the fleet had sailed for the
                Mediterranean with a fair wind, and that the troops were in good health.
                """, null);
        assertThat(p.articles()).extracting(ProposedArticle::headline).contains("Foreign Intelligence.");
    }
}
