package org.galley.segment;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A small page invented in the style of a 1930s Shanghai tabloid (traditional characters, narrow columns,
 * headlines before the text, items ending in 、, bracketed wire datelines, one broken over two lines, an advert
 * between the items, a pen-name signature), scored against its hand-written truth.
 */
class ThirtiesTabloidPageTest {
    private static final String PAGE = "tabloid-1930s-hant.txt";
    private static final String TRUTH = "tabloid-1930s-hant.truth.json";

    @Test
    void everyItemIsFoundWithItsHeadlineSignatureAndCleanText() throws Exception {
        Scorer.Score s = TestData.score(PAGE, TRUTH);
        System.out.println("[java scorer] " + s.line(PAGE));
        assertThat(s.articlesFound()).isEqualTo(3);
        assertThat(s.articlePrecision()).isEqualTo(1.0);
        assertThat(s.titlesRight()).isEqualTo(3);
        assertThat(s.bylinesRight()).isEqualTo(3);
        assertThat(s.cer()).isZero();
    }

    @Test
    void pageIsTraditionalWithWireDatelinesAndTheAdvertLabelled() {
        Proposal p = Segmenter.segmentStrict(TestData.read(PAGE), null);
        assertThat(p.language()).isEqualTo("zh");
        assertThat(p.languageTag()).isEqualTo("zh-Hant");
        assertThat(p.articles()).extracting(ProposedArticle::kind).containsExactly("news", "news", "advert", "news");
        assertThat(p.articles()).extracting(ProposedArticle::dateline)
                .containsExactly("南京十日電", "中央社上海電", null, "本報訊");
        assertThat(p.furniture()).extracting(Furniture::text).containsExactly("第三版");
    }
}
