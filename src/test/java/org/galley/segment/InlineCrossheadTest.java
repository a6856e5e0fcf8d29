package org.galley.segment;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Crossheads set in the run of a tabloid's text, no blank line around them: a short line without punctuation between
 * a finished sentence and the next paragraph's first line is a paragraph of its own with role crosshead. Invented
 * pages in the style of a fourth blind set; the first test fails without CjkInlineCrosshead.
 */
class InlineCrossheadTest {

    @Test
    void aShortBareLineBetweenAFinishedSentenceAndAnIndentedParagraphIsACrosshead() {
        Proposal p = Segmenter.segmentStrict("""
                老生與琴師反目

                　　共舞台老生楊某，與
                其琴師周某，合作已逾六
                年，向稱莫逆。前晚周之
                胡琴忽然走板，楊大窘。
                後台爭吵
                　　戲畢，楊返後台，即
                責周不該臨場失手，兩人
                各不相讓。
                """, null);
        assertThat(p.articles()).singleElement().satisfies(a -> {
            assertThat(a.paragraphs()).containsExactly("共舞台老生楊某，與其琴師周某，合作已逾六年，向稱莫逆。前晚周之胡琴忽然走板，楊大窘。",
                    "後台爭吵", "戲畢，楊返後台，即責周不該臨場失手，兩人各不相讓。");
            assertThat(a.paragraphRoles()).containsExactly("text", "crosshead", "text");
        });
    }

    /** A verse line after a finished couplet, or a short line that opens a sentence running on, is text. */
    @Test
    void aShortLineThatRunsOnIntoTheNextIsNoCrosshead() {
        Proposal p = Segmenter.segmentStrict("""
                老生與琴師反目

                　　共舞台老生楊某，與
                其琴師周某，合作已逾六
                年，向稱莫逆。前晚周之
                胡琴忽然走板，楊大窘。
                楊某當場
                ，即責周不該臨場失手，
                兩人各不相讓。
                """, null);
        assertThat(p.articles()).singleElement()
                .satisfies(a -> assertThat(a.paragraphRoles()).doesNotContain("crosshead"));
    }
}
