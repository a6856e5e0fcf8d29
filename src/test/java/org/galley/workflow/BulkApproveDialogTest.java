package org.galley.workflow;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import org.galley.article.ArticleService;
import org.galley.article.ArticleState;
import org.galley.security.Role;
import org.galley.support.IntegrationTest;
import org.galley.support.Karibu;
import org.galley.support.KaribuViews;
import org.galley.support.TestData.Fixture;
import org.galley.support.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;

/** The page editor's "approve the page" operation: the page's articles ticked, a stale one named in the result. */
@IntegrationTest
@ExtendWith(KaribuViews.class)
class BulkApproveDialogTest {

    @Autowired
    TestData data;
    @Autowired
    ArticleService articles;

    @BeforeEach
    void setUp() {
        Karibu.login("dialog-editor", Role.EDITOR);
    }

    @Test
    void approvingAPageNamesTheArticleChangedSinceItWasLoaded() {
        Fixture f = data.issueWithArticles(TestData.content("First", "a"), TestData.content("Second", "b"), TestData.content("Third", "c"));
        UI.getCurrent().navigate("pages/" + f.pageId());
        com.github.mvysny.kaributesting.v10.ContextMenuKt._clickItemWithID(_get(com.vaadin.flow.component.menubar.MenuBar.class), "op-approvePage");
        @SuppressWarnings("unchecked")
        CheckboxGroup<org.galley.article.Article> choice = _get(CheckboxGroup.class, spec -> spec.withId("bulk-approve-choice"));
        assertThat(choice.getValue()).hasSize(3);
        long stale = f.articleIds().get(1);
        // Someone saves the second article after the dialog was opened.
        TestData.asUser("other", "ROLE_CORRECTOR", () -> articles.save(stale, 1, TestData.content("Second", "b, corrected"), null));

        _click(_get(Button.class, spec -> spec.withId("bulk-approve-ok")));

        assertThat(_get(Span.class, spec -> spec.withId("bulk-approved-count")).getText()).contains("2");
        assertThat(_get(Div.class, spec -> spec.withId("bulk-skipped-" + stale)).getElement().getTextRecursively()).contains("Second").contains("revision 2");
        assertThat(articles.get(f.articleIds().get(0)).state()).isEqualTo(ArticleState.APPROVED);
        assertThat(articles.get(f.articleIds().get(2)).state()).isEqualTo(ArticleState.APPROVED);
        assertThat(articles.get(stale).state()).isEqualTo(ArticleState.DRAFT);
    }
}
