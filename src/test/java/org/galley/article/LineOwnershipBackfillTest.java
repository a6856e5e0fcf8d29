package org.galley.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.galley.issue.IssueService;
import org.galley.issue.NewIssue;
import org.galley.support.IntegrationTest;
import org.galley.support.TestData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/** Pages imported before line owners existed get them: first article naming a line wins, the rest are leftovers. */
@IntegrationTest
class LineOwnershipBackfillTest {

    @Autowired IssueService issues;
    @Autowired ArticleService articles;
    @Autowired TransactionTemplate tx;

    @Test
    void overlappingLegacyArticlesGetOneOwnerPerLineAndARevisionSayingSo() {
        long[] ids = TestData.asUser("legacy", "ROLE_CORRECTOR", () -> tx.execute(s -> {
            long issueId = issues.create(new NewIssue("Legacy " + System.nanoTime(), LocalDate.of(1890, 1, 1), "", null, "zh")).id();
            long pageId = issues.storePage(issueId, 1, null, "p1.txt", "页眉\n\n甲文一行\n甲文二行\n乙文一行\n无主之行", "UTF-8", "zh",
                    "{\"furniture\":[{\"text\":\"页眉\",\"lines\":[{\"first\":1,\"last\":1}]}],\"unassigned\":[]}", "old-importer");
            // As older Galleys stored them: both articles name line 4.
            long a = articles.createFromProposal(issueId, pageId, 1, ArticleContent.of("news", null, "甲", null, null, null,
                    List.of("甲文一行甲文二行"), null, false, List.of(new LineRef(pageId, 3, 4))), "segmenter");
            long b = articles.createFromProposal(issueId, pageId, 2, ArticleContent.of("news", null, "乙", null, null, null,
                    List.of("乙文一行"), null, false, List.of(new LineRef(pageId, 4, 5))), "segmenter");
            return new long[] {pageId, a, b};
        }));
        long pageId = ids[0];
        assertThat(articles.pagesWithoutOwners()).contains(pageId);
        articles.recordOwners(pageId, List.of(new LineRef(pageId, 1, 1)));
        TestData.asUser("legacy", "ROLE_CORRECTOR", () -> {
            assertThat(articles.invariantViolations(pageId)).isEmpty();
            List<LineOwner> owners = articles.owners(pageId);
            assertThat(owners).extracting(LineOwner::line).containsExactly(1, 3, 4, 5, 6);
            assertThat(owners.get(0).kind()).isEqualTo(LineOwner.Kind.FURNITURE);
            assertThat(owners.get(2).articleId()).isEqualTo(ids[1]);
            assertThat(owners.get(3).articleId()).isEqualTo(ids[2]);
            assertThat(owners.get(4).kind()).isEqualTo(LineOwner.Kind.LEFTOVER);
            assertThat(articles.get(ids[2]).content().lines()).containsExactly(new LineRef(pageId, 5, 5));
            assertThat(articles.history(ids[2])).last().extracting(Revision::note).isEqualTo(org.galley.common.Note.of("history.note.linesRecorded"));
            return null;
        });
        assertThat(articles.pagesWithoutOwners()).doesNotContain(pageId);
    }
}
