package org.galley.segment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The Java port of score.py strips datelines the way score.py does (examples invented). */
class ScorerTest {

    @Test
    void simplifiedAndTraditionalLocalDatelinesAreStrippedWhenTheProposalHasNone() {
        assertThat(Scorer.stripDateline(null, List.of("本报讯 河边新修了步道。")))
                .containsExactly("河边新修了步道。");
        assertThat(Scorer.stripDateline("", List.of("本報訊 河邊新修了步道。", "第二段。")))
                .containsExactly("河邊新修了步道。", "第二段。");
    }

    @Test
    void bracketedWireDatelineOpeningTheTextIsStripped() {
        assertThat(Scorer.stripDateline(null, List.of("（南京十日電）財政部昨日發表公告。")))
                .containsExactly("財政部昨日發表公告。");
        assertThat(Scorer.stripDateline(null, List.of("  (中央社北平电) 市面平静。")))
                .containsExactly("市面平静。");
    }

    @Test
    void bracketsThatAreNotAWireDatelineStay() {
        assertThat(Scorer.stripDateline(null, List.of("（本文作者为工程师）桥已修好。")))
                .containsExactly("（本文作者为工程师）桥已修好。");
        assertThat(Scorer.stripDateline(null, List.of("桥已修好（南京十日電）。")))
                .containsExactly("桥已修好（南京十日電）。");
    }

    @Test
    void theProposalsOwnDatelineIsTriedFirstAndOnlyOneMarkerIsStripped() {
        // 本报讯 inside the proposal's own dateline: stripping stops at the dateline's last character
        assertThat(Scorer.stripDateline("新华社北京5月1日电", List.of("新华社北京5月1日电 本报讯称")))
                .containsExactly("本报讯称");
        assertThat(Scorer.stripDateline("本报讯", List.of("本报讯（南京十日電）文字")))
                .containsExactly("（南京十日電）文字");
    }

    @Test
    void aProposalsOwnDatelineThatStartsWithTheLocalMarkerIsStrippedWholeNotJustTheMarker() {
        // score.py tries the proposal's own dateline before 本报讯 (fixed order); the bare marker would leave （记者张三）
        assertThat(Scorer.stripDateline("本报讯（记者 张三）", List.of("本报讯（记者张三）昨天，会议召开。")))
                .containsExactly("昨天，会议召开。");
    }

    @Test
    void proposalWithWireDatelineLeftInTextMatchesTruthWithoutIt() throws Exception {
        String truth = "{\"articles\":[{\"id\":\"1\",\"headline\":\"菜價飛漲\",\"paragraphs\":[\"市民叫苦不迭，菜販亦無奈。\"]}]}";
        String proposal = "{\"articles\":[{\"kind\":\"news\",\"headline\":\"菜價飛漲\","
                + "\"paragraphs\":[\"（南京十日電）市民叫苦不迭，菜販亦無奈。\"]}]}";
        Scorer.Score s = Scorer.score(truth, proposal);
        assertThat(s.articlesFound()).isEqualTo(1);
        assertThat(s.edits()).isZero();
    }
}
