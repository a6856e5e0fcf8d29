package org.galley.segment;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Jump lines stay with their article, with direction and page. */
class JumpLineTest {

    @Test
    void pagesNamedByJumpLines() {
        assertThat(ContinuationRule.page("（下转第3版）", true)).isEqualTo(3);
        assertThat(ContinuationRule.page("（上接第十二版）", true)).isEqualTo(12);
        assertThat(ContinuationRule.page("转4版", true)).isEqualTo(4);
        assertThat(ContinuationRule.page("接上版", true)).isZero();
        assertThat(ContinuationRule.page("Continued on Page 5", false)).isEqualTo(5);
        assertThat(ContinuationRule.page("Continued from First Page", false)).isEqualTo(1);
        assertThat(ContinuationRule.jump("转4版", true)).isEqualTo(1);
        assertThat(ContinuationRule.jump("接上版", true)).isEqualTo(-1);
    }

    @Test
    void chineseArticleKeepsItsJumpToAndFrom() {
        Proposal p = Segmenter.segmentStrict("""
                河道整治启动
                
                本报讯 全市河道整治工程昨日启动，首批十条河道将在年内完工，
                （下转第3版）
                
                （上接第1版）
                另据介绍，工程总投资约两亿元。
                """, null);
        assertThat(p.articles()).hasSize(2);
        assertThat(p.articles().get(0).jumps()).containsExactly(new Jump("to", 3, 4));
        assertThat(p.articles().get(1).jumps()).containsExactly(new Jump("from", 1, 6));
        assertThat(p.articles().get(1).lines()).containsExactly(new LineSpan(6, 7));
        String json = ProposalJson.toJson(p, "x.txt");
        assertThat(json).contains("\"direction\": \"to\"", "\"page\": 3", "\"line\": 4");
    }

    @Test
    void englishJumpLines() {
        Proposal p = Segmenter.segmentStrict("""
                MAYOR OPENS NEW BRIDGE.
                
                The new bridge over the river was opened yesterday before a large crowd of people
                who had come from all parts of the county to see it, and the
                Continued on Page 5
                """, null);
        assertThat(p.articles()).singleElement().satisfies(a -> {
            assertThat(a.continued()).isTrue();
            assertThat(a.jumps()).containsExactly(new Jump("to", 5, 5));
        });
    }

    @Test
    void jumpWithoutAPageHasNoPage() {
        Proposal p = Segmenter.segmentStrict("接上版\n另据介绍，工程总投资约两亿元，各方都很关注此事。\n", null);
        assertThat(p.articles()).singleElement()
                .satisfies(a -> assertThat(a.jumps()).containsExactly(new Jump("from", null, 1)));
        assertThat(ProposalJson.toJson(p, "x.txt")).contains("\"page\": null");
    }

    @Test
    void continuedFromAboveARepeatedHeadlineStaysWithTheContinuation() {
        Proposal p = Segmenter.segmentStrict("""
                Continued from First Page

                MAYOR OPENS NEW BRIDGE.

                mayor said in his address that the bridge would serve the farmers of the valley
                for a hundred years to come.
                """, null);
        assertThat(p.articles()).singleElement().satisfies(a -> {
            assertThat(a.jumps()).containsExactly(new Jump("from", 1, 1));
            assertThat(a.lines()).containsExactly(new LineSpan(1, 6));
            assertThat(a.paragraphs()).noneMatch(t -> t.contains("Continued"));
        });
    }

    @Test
    void traditionalJumpLines() {
        assertThat(ContinuationRule.jump("（下轉第二版）", true)).isEqualTo(1);
        assertThat(ContinuationRule.page("（下轉第二版）", true)).isEqualTo(2);
        assertThat(ContinuationRule.jump("（上接第一版）", true)).isEqualTo(-1);
        assertThat(ContinuationRule.jump("轉4版", true)).isEqualTo(1);
        assertThat(ContinuationRule.jump("接上版", true)).isEqualTo(-1);
    }

    /**
     * A sentence that says something continued ("was continued until Nov. 12.", "continue till all are sold.") is
     * text: a jump line names where the text goes on, or says no more than "Continued". A second blind set lost
     * such a line from a court report, read as a jump.
     */
    @Test
    void aSentenceAboutContinuingIsNoJumpLine() {
        assertThat(ContinuationRule.jump("was continued until Nov. 12.", false)).isZero();
        assertThat(ContinuationRule.jump("continue till all are fold.", false)).isZero();
        assertThat(ContinuationRule.jump("continued to be afferted that", false)).isZero();
        assertThat(ContinuationRule.jump("(Continued from Pafa 3).", false)).isEqualTo(-1);
        assertThat(ContinuationRule.jump("CONTINUED ON SEVENTH PAGE.", false)).isEqualTo(1);
        assertThat(ContinuationRule.jump("(Continued.)", false)).isEqualTo(1);
        assertThat(ContinuationRule.jump("Continued.", false)).isEqualTo(1);
        assertThat(ContinuationRule.jump("*ontinued on Page 4", false)).isEqualTo(1);
    }

    /** A line of running text holding the words (北上接洽, 急轉直下轉) is text: a jump line points at a page. */
    @Test
    void aChineseSentenceHoldingTheJumpWordsIsNoJumpLine() {
        assertThat(ContinuationRule.jump("，特派專人北上接洽，聞", true)).isZero();
        assertThat(ContinuationRule.jump("派員北上接洽", true)).isZero();
        assertThat(ContinuationRule.jump("局勢急轉直下轉瞬", true)).isZero();
        assertThat(ContinuationRule.jump("（上接第一版）", true)).isEqualTo(-1);
        assertThat(ContinuationRule.jump("（下轉）", true)).isEqualTo(1);
        assertThat(ContinuationRule.jump("下转4版", true)).isEqualTo(1);
    }
}
