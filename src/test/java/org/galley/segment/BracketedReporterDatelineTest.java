package org.galley.segment;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Taiwanese papers open an item with its reporters and where they reported from, in tortoise-shell brackets:
 * {@code 〔記者林志豪／台中報導〕}. The names are the byline, the place the dateline; the text goes on after the
 * bracket. Found on the second blind set of issue 11, where the whole bracket stayed in the text.
 */
class BracketedReporterDatelineTest {

    @Test
    void theReportersAreTheBylineAndThePlaceTheDateline() {
        Proposal p = Segmenter.segmentStrict("""
                市區公車增闢兩條路線

                〔記者王美玲、陳建宏／新竹報導〕市府交通處
                昨天宣布，下月起增闢兩條公車路線，
                連接科學園區與火車站。
                """, null);
        assertThat(p.articles()).singleElement().satisfies(a -> {
            assertThat(a.byline().reporters()).containsExactly("王美玲", "陳建宏");
            assertThat(a.dateline()).isEqualTo("新竹報導");
            assertThat(a.paragraphs().get(0)).startsWith("市府交通處昨天宣布");
        });
    }

    /** A bracket that holds no reporter (a note, an aside) stays in the text. */
    @Test
    void aBracketWithoutAReporterStaysInTheText() {
        Dateline d = CjkDatelineRule.split("〔編按：本文有刪節〕市府交通處昨天宣布");
        assertThat(d).isNull();
    }

    /**
     * A deck the rules read as a line of text (a clause with a colon under the headline) does not make the
     * bracketed dateline below it a new item: headline, deck and report are one article.
     */
    @Test
    void aDeckUnderTheHeadlineKeepsTheDatelineInItsArticle() {
        Proposal p = Segmenter.segmentStrict("""
                市區公車增闢
                兩條路線

                下月起上路 市府：先試辦半年

                〔記者王美玲／新竹報導〕市府交通處
                昨天宣布，下月起增闢兩條公車路線，
                連接科學園區與火車站。
                """, null);
        assertThat(p.articles()).singleElement().satisfies(a -> {
            assertThat(a.headline()).isEqualTo("市區公車增闢兩條路線");
            assertThat(String.join("", a.paragraphs())).contains("連接科學園區與火車站。");
        });
    }
}
