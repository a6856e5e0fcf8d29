package org.galley.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Which jumps go together: pages first, headline words among several candidates, a tie left to an editor. */
class LinkProposalsTest {

    static LinkProposals.Side to(int page, int line, Integer target, long owner, String words) {
        return new LinkProposals.Side(new JumpLine(page * 100L, line, JumpLine.TO, target), page, owner, words);
    }

    static LinkProposals.Side from(int page, int line, Integer source, long owner, String words) {
        return new LinkProposals.Side(new JumpLine(page * 100L, line, JumpLine.FROM, source), page, owner, words);
    }

    @Test
    void headlineWordsPairTwoJumpsToTheSamePage() {
        var river = to(1, 4, 3, 1, "河道整治工程全面启动");
        var port = to(1, 9, 3, 2, "独山港新码头建成投用");
        var portPart = from(3, 1, 1, 3, "独山港 码头建成后");
        var riverPart = from(3, 5, 1, 4, "河道整治 另据介绍");
        assertThat(LinkProposals.propose(List.of(river, port, portPart, riverPart)))
                .extracting(p -> p.to().ownerId() + "-" + p.from().ownerId()).containsExactlyInAnyOrder("1-4", "2-3");
    }

    @Test
    void pagesMustAgree() {
        var jump = to(1, 4, 3, 1, "MAYOR OPENS NEW BRIDGE");
        assertThat(LinkProposals.propose(List.of(jump, from(5, 1, 1, 2, "MAYOR OPENS NEW BRIDGE")))).isEmpty();
        assertThat(LinkProposals.propose(List.of(jump, from(3, 1, 2, 2, "MAYOR OPENS NEW BRIDGE")))).isEmpty();
        assertThat(LinkProposals.propose(List.of(jump, from(3, 1, 1, 2, "")))).hasSize(1);
        assertThat(LinkProposals.propose(List.of(jump, from(3, 1, null, 2, ""))))
                .as("接上版 names no page: any earlier page will do").hasSize(1);
        assertThat(LinkProposals.propose(List.of(to(1, 4, 3, 1, "x"), from(3, 1, 1, 1, "x")))).as("one article").isEmpty();
    }

    @Test
    void aTieIsLeftToAnEditor() {
        var a = to(1, 4, 3, 1, "");
        var b = to(1, 9, 3, 2, "");
        var part = from(3, 1, 1, 3, "");
        assertThat(LinkProposals.propose(List.of(a, b, part))).isEmpty();
    }

    @Test
    void repeatedHeadlines() {
        assertThat(ArticleLinks.repeats("独山港新码头建成投用", "独山港")).isTrue();
        assertThat(ArticleLinks.repeats("MAYOR OPENS NEW BRIDGE.", "Mayor Opens New Bridge")).isTrue();
        assertThat(ArticleLinks.repeats("MAYOR OPENS NEW BRIDGE.", "Farmers Cheer the Opening")).isFalse();
        assertThat(ArticleLinks.repeats(null, "独山港")).isFalse();
    }
}
