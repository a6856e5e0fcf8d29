package org.galley.segment;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Short Chinese lines after a break: the tail of a paragraph is no headline; a continuation's keyword line is. */
class ShortLinesAfterABreakTest {

    @Test
    void theTailOfASentenceCarriedOverAColumnBreakIsNoHeadlineThoughWiderTextFollows() {
        Proposal p = Segmenter.segmentStrict("""
                山河新貌

                本报讯 今年以来，全县推进“质量变革”“效率变革”

                和“动力变革”
                全县经济运行总体平稳，主要指标好于预期，发展质量稳步提升。
                """, null);
        assertThat(p.articles()).singleElement().satisfies(a -> assertThat(a.headline()).isEqualTo("山河新貌"));
    }

    @Test
    void theKeywordLineUnderAContinuedFromLineIsTheRepeatedHeadlineEvenInANarrowColumn() {
        Proposal p = Segmenter.segmentStrict("""
                （上接第一版）
                河道整治
                另據介紹、
                工程總投
                資約兩億
                元、
                """, null);
        assertThat(p.articles()).singleElement().satisfies(a -> {
            assertThat(a.headline()).isEqualTo("河道整治");
            assertThat(a.paragraphs()).containsExactly("另據介紹、工程總投資約兩億元、");
        });
    }
}
