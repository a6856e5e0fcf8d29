package org.galley.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.galley.article.Article;
import org.galley.article.ArticleService;
import org.galley.editor.EditorService;
import org.galley.importing.ImportResult;
import org.galley.importing.ImportService;
import org.galley.importing.PageFile;
import org.galley.issue.NewIssue;
import org.galley.support.IntegrationTest;
import org.galley.workflow.WorkflowService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * A jump line no article holds (marked as furniture) can never be linked: it is no unlinked jump in the progress,
 * and a page with nothing else left is skipped by "Done with this page".
 */
@IntegrationTest
@WithMockUser(username = "editor", roles = "EDITOR")
class UnlinkableJumpsTest {

    static final String P1 = """
            独山港新码头建成投用

            本报讯 独山港新码头昨日建成投用，年吞吐能力达到五百万吨，将带动周边产业发展。
            （下转第3版）
            """;

    static final String P2 = """
            全市春耕备耕工作有序推进

            本报讯 连日来，全市各地抢抓农时，春耕备耕工作有序推进，农资供应充足。
            """;

    @Autowired
    ImportService importer;
    @Autowired
    ArticleService articles;
    @Autowired
    EditorService editor;
    @Autowired
    WorkflowService workflow;
    @Autowired
    ProgressService progress;
    @Autowired
    ClaimService claims;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aJumpLineInTheFurnitureIsNoUnlinkedJumpAndItsPageIsSkipped() {
        ImportResult r = importer.importIssue(new NewIssue("Jumps " + UUID.randomUUID(), LocalDate.of(1950, 1, 1),
                "", null, "zh"), List.of(new PageFile("p1.txt", P1.getBytes(StandardCharsets.UTF_8)),
                new PageFile("p2.txt", P2.getBytes(StandardCharsets.UTF_8))), null);
        long page1 = pageId(r.issueId(), 1);
        long page2 = pageId(r.issueId(), 2);
        assertThat(progress.progress(r.issueId()).unlinkedJumps()).as("the jump of page 1's article counts").isEqualTo(1);

        int jump = jdbc.sql("select line from jump_line where page_id = :p").param("p", page1).query(Integer.class).single();
        editor.markFurniture(page1, jump, jump);
        for (Article a : articles.byIssue(r.issueId())) {
            workflow.approve(a.id(), a.revision());
        }

        PageProgress first = progress.progress(r.issueId()).pages().get(0);
        assertThat(first.pageId()).isEqualTo(page1);
        assertThat(first.unassignedLines()).as("nothing else left on page 1").isZero();
        assertThat(first.unlinkedJumps()).isZero();
        assertThat(progress.progress(r.issueId()).unlinkedJumps()).isZero();
        assertThat(claims.nextPage(page2)).as("page 1 needs no work").isEmpty();
    }

    long pageId(long issueId, int number) {
        return jdbc.sql("select id from page where issue_id = :i and page_number = :n").param("i", issueId).param("n", number)
                .query(Long.class).single();
    }
}
