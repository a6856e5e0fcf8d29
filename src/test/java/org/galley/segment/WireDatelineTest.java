package org.galley.segment;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Bracketed wire datelines: read as the dateline, and evidence that a new item starts. */
class WireDatelineTest {

    @Test
    void bracketedWireDatelineIsSplitOff() {
        Dateline d = CjkDatelineRule.split("（南京十日電）財政部昨日發表公告。");
        assertThat(d.dateline()).isEqualTo("南京十日電");
        assertThat(d.rest()).isEqualTo("財政部昨日發表公告。");
        assertThat(CjkDatelineRule.split("(中央社北平电)市面平静。").dateline()).isEqualTo("中央社北平电");
    }

    @Test
    void bracketsThatHoldAClauseOrNoWireWordAreNotADateline() {
        assertThat(CjkDatelineRule.split("（本文作者为工程师）桥已修好。")).isNull();
        assertThat(CjkDatelineRule.split("（据说，他昨天来电）桥已修好。")).isNull();
        assertThat(CjkDatelineRule.split("（电）桥已修好。")).isNull();
    }

    @Test
    void wireDatelineOpensANewItemEvenWithoutABlankLine() {
        Proposal p = Segmenter.segmentStrict("""
                米價回落
                
                （杭州九日電）本地米價連日回落，市民稱便。
                （蘇州九日電）城內新設公園一所，定於下月開放。
                """, null);
        assertThat(p.articles()).hasSize(2);
        assertThat(p.articles()).extracting(ProposedArticle::dateline).containsExactly("杭州九日電", "蘇州九日電");
        assertThat(p.articles().get(1).paragraphs()).containsExactly("城內新設公園一所，定於下月開放。");
    }

    @Test
    void wireDatelineBrokenOverTwoNarrowLines() {
        Proposal p = Segmenter.segmentStrict("""
                碼頭工潮平息
                
                （中央社上海
                電）浦東碼頭工人要
                求加薪一事、已告平
                息、
                """, null);
        assertThat(p.articles()).singleElement().satisfies(a -> {
            assertThat(a.dateline()).isEqualTo("中央社上海電");
            assertThat(a.paragraphs()).containsExactly("浦東碼頭工人要求加薪一事、已告平息、");
        });
    }

    @Test
    void simplifiedLocalDatelineStillWorks() {
        Dateline d = CjkDatelineRule.split("本报讯 河边新修了步道。");
        assertThat(d.dateline()).isEqualTo("本报讯");
        assertThat(d.rest()).isEqualTo("河边新修了步道。");
    }

    /** A paper's own interview, （本報專訪）, heads its item as a wire dateline does; a bracket of 訪 alone does not. */
    @Test
    void ownInterviewInBracketsIsADateline() {
        assertThat(CjkDatelineRule.split("（本報專訪）前日滬西發生綁案、").dateline()).isEqualTo("本報專訪");
        assertThat(CjkDatelineRule.split("（本报采访）前日发生绑案。").dateline()).isEqualTo("本报采访");
        assertThat(CjkDatelineRule.split("（友人來訪）談及往事。")).isNull();
    }
}
