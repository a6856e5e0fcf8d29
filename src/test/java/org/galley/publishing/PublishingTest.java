package org.galley.publishing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.galley.article.ArticleService;
import org.galley.article.ArticleState;
import org.galley.common.UserFacingException;
import org.galley.support.IntegrationTest;
import org.galley.support.TestData;
import org.galley.support.TestData.Fixture;
import org.galley.workflow.WorkflowService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;

@IntegrationTest
@WithMockUser(username = "editor", roles = "EDITOR")
class PublishingTest {

    @Autowired
    TestData data;
    @Autowired
    ArticleService articles;
    @Autowired
    WorkflowService workflow;
    @Autowired
    PublishingService publishing;
    @Autowired
    JdbcClient jdbc;

    @Test
    void publishingIsRefusedWhileAnArticleIsNeitherApprovedNorExcluded() {
        Fixture f = data.issueWithArticles(TestData.content("A", "a"), TestData.content("Ad", "buy soap"));
        workflow.approve(f.articleIds().get(0), 1);
        assertThat(workflow.blockers(f.issueId())).extracting(WorkflowService.Blocker::articleId).containsExactly(f.articleIds().get(1));
        assertThatThrownBy(() -> publishing.publish(f.issueId()))
                .isInstanceOfSatisfying(UserFacingException.class, e -> assertThat(e.key()).isEqualTo("publishing.error.blocked"));
        assertThat(publishing.publications(f.issueId())).isEmpty();

        workflow.exclude(f.articleIds().get(1), "advertisement");
        Publication v1 = publishing.publish(f.issueId());
        assertThat(v1.version()).isEqualTo(1);
        assertThat(v1.publishedBy()).isEqualTo("editor");
        assertThat(v1.articles()).extracting(Publication.Entry::articleId).containsExactly(f.articleIds().get(0));
    }

    @Test
    void aCorrectionAfterPublishingNeedsApprovalAndARepublishWhichMakesVersionTwo() {
        Fixture f = data.issueWithArticles(TestData.content("A", "first text"));
        long id = f.articleIds().get(0);
        workflow.approve(id, 1);
        publishing.publish(f.issueId());

        articles.save(id, 1, TestData.content("A", "corrected text"), "typo");
        assertThat(articles.get(id).state()).as("an edit voids the approval").isEqualTo(ArticleState.CORRECTED);
        assertThatThrownBy(() -> publishing.publish(f.issueId())).isInstanceOf(UserFacingException.class);
        assertThatThrownBy(() -> workflow.approve(id, 1)).as("approving a stale revision")
                .isInstanceOfSatisfying(UserFacingException.class, e -> assertThat(e.key()).isEqualTo("workflow.error.notCurrent"));

        workflow.approve(id, 2);
        Publication v2 = publishing.publish(f.issueId());
        assertThat(v2.version()).isEqualTo(2);
        assertThat(v2.articles().get(0).revision()).isEqualTo(2);
        Publication v1 = publishing.publication(f.issueId(), 1);
        assertThat(v1.articles().get(0).revision()).as("version 1 still names revision 1").isEqualTo(1);
        assertThat(publishing.publication(f.issueId(), null).version()).isEqualTo(2);
    }

    @Test
    void unpublishWithdrawsWithoutDeletingAnyVersion() {
        Fixture f = data.issueWithArticles(TestData.content("A", "text"));
        workflow.approve(f.articleIds().get(0), 1);
        publishing.publish(f.issueId());
        publishing.unpublish(f.issueId());
        assertThat(publishing.publications(f.issueId())).singleElement().satisfies(p -> {
            assertThat(p.withdrawn()).isTrue();
            assertThat(p.withdrawnBy()).isEqualTo("editor");
            assertThat(p.articles()).hasSize(1);
        });
        assertThatThrownBy(() -> publishing.unpublish(f.issueId()))
                .isInstanceOfSatisfying(UserFacingException.class, e -> assertThat(e.key()).isEqualTo("publishing.error.notPublished"));
    }

    @Test
    void publicationsAreImmutableInTheDatabase() {
        Fixture f = data.issueWithArticles(TestData.content("A", "text"));
        workflow.approve(f.articleIds().get(0), 1);
        Publication p = publishing.publish(f.issueId());
        assertThatThrownBy(() -> jdbc.sql("update publication_article set revision = 1 where publication_id = :p").param("p", p.id()).update())
                .rootCause().hasMessageMatching("(?s).*(immutable|permission denied).*");
        assertThatThrownBy(() -> jdbc.sql("delete from publication where id = :p").param("p", p.id()).update())
                .rootCause().hasMessageMatching("(?s).*(immutable|permission denied).*");
        assertThatThrownBy(() -> jdbc.sql("update publication set published_by = 'someone' where id = :p").param("p", p.id()).update())
                .rootCause().hasMessageMatching("(?s).*(immutable|permission denied).*");
    }

    @Test
    void pageFurnitureNeverHoldsPublishingUpAndIsNeverPublished() {
        var furniture = org.galley.article.ArticleContent.of("furniture", null, null, null, null, null,
                java.util.List.of("平湖发布 今平湖客户端"), null, false, java.util.List.of());
        Fixture f = data.issueWithArticles(TestData.content("A", "text"), furniture);
        workflow.approve(f.articleIds().get(0), 1);
        assertThat(workflow.blockers(f.issueId())).isEmpty();
        assertThat(publishing.publish(f.issueId()).articles()).extracting(Publication.Entry::articleId)
                .containsExactly(f.articleIds().get(0));
    }

    @Test
    void rejectingNeedsANoteAndSendsTheArticleBack() {
        Fixture f = data.issueWithArticles(TestData.content("A", "text"));
        long id = f.articleIds().get(0);
        assertThatThrownBy(() -> workflow.reject(id, " ")).isInstanceOf(UserFacingException.class);
        assertThat(workflow.reject(id, "the byline is wrong").state()).isEqualTo(ArticleState.REJECTED);
        assertThat(workflow.submit(id).state()).isEqualTo(ArticleState.CORRECTED);
    }
}
