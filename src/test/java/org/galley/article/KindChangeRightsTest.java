package org.galley.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.galley.support.IntegrationTest;
import org.galley.support.TestData;
import org.galley.workflow.WorkflowService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** Taking an article out of publication (or back in) by its kind is an editor's decision, on every path. */
@IntegrationTest
class KindChangeRightsTest {

    @Autowired
    TestData data;
    @Autowired
    ArticleService articles;
    @Autowired
    WorkflowService workflow;

    static ArticleContent ofKind(String kind) {
        ArticleContent c = TestData.content("Council meets", "Text.");
        return ArticleContent.of(kind, c.kicker(), c.headline(), c.subheadline(), c.byline(), c.dateline(), c.paragraphs(),
                c.caption(), c.continued(), c.lines());
    }

    @Test
    void aCorrectorCannotSaveAnArticleAsFurnitureOrAdvertNorBack() {
        long news = data.issueWithArticles(ofKind("news")).articleIds().get(0);
        long furniture = data.issueWithArticles(ofKind("furniture")).articleIds().get(0);
        TestData.asUser("kind-corrector", "ROLE_CORRECTOR", () -> {
            for (String kind : List.of("furniture", "advert")) {
                assertThatThrownBy(() -> articles.save(news, 1, ofKind(kind), null)).isInstanceOf(AccessDeniedException.class);
            }
            assertThatThrownBy(() -> articles.save(furniture, 1, ofKind("news"), null)).isInstanceOf(AccessDeniedException.class);
            assertThat(articles.get(news).revision()).isEqualTo(1);
            assertThat(articles.get(furniture).content().kind()).isEqualTo("furniture");
            // Ordinary kinds are a corrector's call, and furniture stays editable as furniture.
            assertThat(articles.save(news, 1, ofKind("brief"), null).content().kind()).isEqualTo("brief");
            return null;
        });
    }

    @Test
    void aCorrectorCannotRestoreARevisionOfAnotherPublicationKind() {
        long id = data.issueWithArticles(ofKind("news")).articleIds().get(0);
        TestData.asUser("kind-editor", "ROLE_EDITOR", () -> articles.save(id, 1, ofKind("advert"), "an advert, not news"));
        TestData.asUser("kind-corrector", "ROLE_CORRECTOR", () -> {
            assertThatThrownBy(() -> articles.restore(id, 1, 2, null)).isInstanceOf(AccessDeniedException.class);
            assertThat(articles.get(id).revision()).isEqualTo(2);
            return null;
        });
    }

    @Test
    void aPublishedArticleCannotBeWithdrawnByACorrectorChangingItsKind() {
        long id = data.issueWithArticles(ofKind("news")).articleIds().get(0);
        TestData.asUser("kind-editor", "ROLE_EDITOR", () -> workflow.approve(id, 1));
        TestData.asUser("kind-corrector", "ROLE_CORRECTOR", () -> {
            assertThatThrownBy(() -> articles.save(id, 1, ofKind("furniture"), null)).isInstanceOf(AccessDeniedException.class);
            return null;
        });
        TestData.asUser("kind-editor", "ROLE_EDITOR", () -> {
            assertThat(articles.save(id, 1, ofKind("furniture"), "running head, not an article").content().kind()).isEqualTo("furniture");
            return null;
        });
    }
}
