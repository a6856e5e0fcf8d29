package org.galley.segment;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Every character of the page that is text stays: private-use characters, lone punctuation, meant spaces. */
class KeepTextTest {

    private static ProposedArticle only(String text) {
        Proposal p = Segmenter.segmentStrict(text, null);
        assertThat(p.articles()).hasSize(1);
        return p.articles().get(0);
    }

    @Test
    void privateUseCharactersAreKept() {
        ProposedArticle a = only("老街新貌\n\n本报讯 老街的\uE3A1匠铺重新开张，\n\uE3A1\uE3A2\n老师傅都回来了。\n");
        assertThat(a.paragraphs()).containsExactly("老街的\uE3A1匠铺重新开张，\uE3A1\uE3A2老师傅都回来了。");
    }

    @Test
    void aLonePunctuationLineAtAColumnTopEndsTheSentenceAbove() {
        ProposedArticle a = only("老街新貌\n\n本报讯 老街的铺子重新开张，老师傅都回来了\n\n。\n");
        assertThat(a.paragraphs()).containsExactly("老街的铺子重新开张，老师傅都回来了。");
    }

    @Test
    void ideographicSpaceBetweenWordsOfRunningTextStays() {
        ProposedArticle a = only("老街新貌\n\n本报讯 今日天气晴朗　市民纷纷出游，公园里人头攒动。\n");
        assertThat(a.paragraphs()).containsExactly("今日天气晴朗　市民纷纷出游，公园里人头攒动。");
    }

    @Test
    void justificationSpacesInNamesAndShortLinesStillGo() {
        assertThat(CjkSpacing.clean("王　强", true, true)).isEqualTo("王强");
        assertThat(CjkSpacing.clean("老　街　新　貌", true, false)).isEqualTo("老街新貌");
        assertThat(CjkSpacing.clean("平湖有 2个", true, true)).isEqualTo("平湖有2个");
    }

    @Test
    void aPageOfPunctuationAloneIsStillNothing() {
        Proposal p = Segmenter.segmentStrict("。\n……\n", null);
        assertThat(p.articles()).isEmpty();
        assertThat(p.unassigned()).isEmpty();
    }
}
