package org.galley.segment;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Pen-name bylines of older papers: （某某） closing an item, 某某著, 某某譯. */
class PenNameBylineTest {

    @Test
    void signatureInBracketsIsAReporter() {
        assertThat(CjkBylineRule.parse("（阿明）").reporters).containsExactly("阿明");
        assertThat(CjkBylineRule.parse("(小 方)").reporters).containsExactly("小方");
    }

    @Test
    void authorAndTranslatorLines() {
        assertThat(CjkBylineRule.parse("陳遠著").reporters).containsExactly("陳遠");
        assertThat(CjkBylineRule.parse("林一舟譯").reporters).containsExactly("林一舟");
        assertThat(CjkBylineRule.parse("林一舟译").reporters).containsExactly("林一舟");
    }

    @Test
    void stockWordsAndHeadlinesAreNotNames() {
        assertThat(CjkBylineRule.parse("（完）")).isNull();
        assertThat(CjkBylineRule.parse("（續完）")).isNull();
        assertThat(CjkBylineRule.parse("（路透電）")).isNull();
        assertThat(CjkBylineRule.parse("成效顯著")).isNull();
        assertThat(CjkBylineRule.parse("（南京十日電）")).isNull();
    }

    @Test
    void closingSignatureStaysWithTheItemAboveWhenAnotherItemFollows() {
        Proposal p = Segmenter.segmentStrict("""
                戲院失火
                
                本報訊 昨晚戲院後台起火，幸經及時撲滅。
                （阿明）
                （杭州九日電）本地米價連日回落，市民稱便。
                """, null);
        assertThat(p.articles()).hasSize(2);
        assertThat(p.articles().get(0).byline().reporters()).containsExactly("阿明");
        assertThat(p.articles().get(1).byline().reporters()).isEmpty();
    }
}
