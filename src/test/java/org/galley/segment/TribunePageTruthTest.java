package org.galley.segment;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The first five articles of the New-York Tribune, 1 May 1903, page 1 (OCR), against a truth file made by hand
 * (src/test/resources/segment/make_tribune_truth.py says how). The truth covers five of the page's articles, so
 * precision is not asserted; the thresholds are the figures reached, rounded down.
 */
class TribunePageTruthTest {

    @Test
    void tribuneFirstFiveArticlesAreFoundWithTitlesBylinesAndCleanText() throws Exception {
        Scorer.Score s = TestData.score(TestData.TRIBUNE, TestData.TRIBUNE_TRUTH);
        System.out.println("[java scorer] " + s.line(TestData.TRIBUNE));
        assertThat(s.articlesFound()).isEqualTo(5);
        assertThat(s.titlesRight()).isGreaterThanOrEqualTo(4);
        assertThat(s.bylinesRight()).isEqualTo(5);
        assertThat(s.paragraphF1()).isGreaterThanOrEqualTo(0.80);
        assertThat(s.cer()).isLessThanOrEqualTo(0.002);
    }

    @Test
    void tribuneIsEnglishWithMastheadAndAdvertsRecognised() {
        Proposal p = Segmenter.segment(TestData.read(TestData.TRIBUNE), null);
        assertThat(p.language()).isEqualTo("en");
        assertThat(p.furniture()).extracting(Furniture::text).contains("PRICE THREE CENTS.");
        assertThat(p.articles()).filteredOn(a -> a.kind().equals("advert")).hasSizeGreaterThanOrEqualTo(4);
        assertThat(p.articles()).filteredOn(a -> "RUSSIA IN TO STAY.".equals(a.headline())).singleElement()
                .satisfies(a -> {
                    assertThat(a.byline().reporters()).containsExactly("I. W. F.");
                    assertThat(a.dateline()).isEqualTo("London, May.l. 1 a. m.");
                });
    }
}
