package org.galley.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.galley.article.ArticleService;
import org.galley.support.IntegrationTest;
import org.galley.support.TestData;
import org.galley.support.TestData.Fixture;
import org.galley.workflow.WorkflowService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * Guards in the database itself, which hold even for the schema owner: publications cannot be truncated, a page
 * with articles cannot be deleted, and an article's revision pointers move only as the services move them.
 */
@IntegrationTest
@WithMockUser(username = "guard-editor", roles = "EDITOR")
class DatabaseGuardsTest {

    @Autowired
    EmbeddedDatabase database;
    @Autowired
    TestData data;
    @Autowired
    WorkflowService workflow;
    @Autowired
    ArticleService articles;

    @Test
    void publicationsCannotBeTruncatedEvenByTheOwner() throws Exception {
        Fixture f = data.issueWithArticles(TestData.content("Published", "text"));
        data.approveAllAndPublish(f.issueId());
        assertRefusedAsOwner("truncate publication_article", "immutable");
        assertRefusedAsOwner("truncate publication cascade", "immutable");
    }

    @Test
    void aPageWithArticlesCannotBeDeleted() throws Exception {
        Fixture f = data.issueWithArticles(TestData.content("Stays", "text"));
        assertRefusedAsOwner("delete from page where id = " + f.pageId(), "has articles");
    }

    @Test
    void theCurrentRevisionOnlyMovesForwardByOneToARevisionThatExists() throws Exception {
        Fixture f = data.issueWithArticles(TestData.content("Pointer", "text"));
        long id = f.articleIds().get(0);
        assertRefusedAsOwner("update article set current_revision = current_revision + 2 where id = " + id, "moves forward by one");
        assertRefusedAsOwner("update article set current_revision = 0 where id = " + id, "moves forward by one");
        // One step forward is what a save does, but only together with the revision it points to.
        assertRefusedAsOwner("update article set current_revision = current_revision + 1 where id = " + id, "does not exist");
        assertRefusedAsOwner("insert into article (issue_id, page_id, position, current_revision, updated_by) values ("
                + f.issueId() + ", " + f.pageId() + ", 99, 5, 'x')", "starts at revision 1");
    }

    @Test
    void theApprovedRevisionIsNullOrARevisionOfThatArticle() throws Exception {
        Fixture f = data.issueWithArticles(TestData.content("One", "text"), TestData.content("Two", "text"));
        long first = f.articleIds().get(0);
        long second = f.articleIds().get(1);
        articles.save(second, 1, TestData.content("Two, corrected", "text"), null);
        // The second article has a revision 2; the first has not.
        assertRefusedAsOwner("update article set approved_revision = 2 where id = " + first, "does not exist");
        assertRefusedAsOwner("update article set approved_revision = 42 where id = " + first, "does not exist");
        workflow.approve(second, 2);
        assertThat(articles.get(second).state().name()).isEqualTo("APPROVED");
    }

    private void assertRefusedAsOwner(String sql, String message) throws SQLException {
        try (Connection c = database.connect(EmbeddedDatabase.OWNER_ROLE, database.ownerPassword())) {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                assertThatThrownBy(() -> {
                    s.execute(sql);
                    c.commit();
                }).as(sql).isInstanceOf(SQLException.class).hasMessageContaining(message);
            } finally {
                c.rollback();
            }
        }
    }
}
