package org.galley.segment;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Text kept whole where a column breaks (issue 11, pattern 5): private-use characters, a lone closing quote. */
class KeptTextAtColumnBreaksTest {

    @Test
    void privateUseCharactersOnBothSidesOfAColumnBreakJoinWithoutASpace() {
        Proposal p = Segmenter.segmentStrict("老街新貌\n\n本报讯 老街的\uE3A1\n\uE3A2匠铺重新开张，老师傅都回来了。\n", null);
        assertThat(p.articles()).singleElement().satisfies(a -> assertThat(a.paragraphs())
                .containsExactly("老街的\uE3A1\uE3A2匠铺重新开张，老师傅都回来了。"));
    }

    @Test
    void aLoneClosingQuoteUnderAShortLastLineStaysWithItsSentenceOnAPageWithoutBlankLines() {
        Proposal p = Segmenter.segmentStrict("""
                老街新貌
                本报讯 老街的铺子重新开张，市民们说：“老师傅都回
                来了。
                ”
                """, null);
        assertThat(p.articles()).singleElement().satisfies(a -> assertThat(a.paragraphs())
                .containsExactly("老街的铺子重新开张，市民们说：“老师傅都回来了。”"));
    }
}
