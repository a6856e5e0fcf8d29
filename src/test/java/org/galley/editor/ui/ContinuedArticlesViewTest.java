package org.galley.editor.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.RouterLink;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.galley.article.ArticleLinks;
import org.galley.article.ArticleService;
import org.galley.importing.ImportResult;
import org.galley.importing.ImportService;
import org.galley.importing.PageFile;
import org.galley.issue.NewIssue;
import org.galley.security.Role;
import org.galley.support.ContinuedPages;
import org.galley.support.IntegrationTest;
import org.galley.support.Karibu;
import org.galley.support.KaribuViews;
import org.galley.support.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Continued articles in the page editor: the card says where the article continues and links there; unlink by
 * its shortcut, link again from the list of the issue's unlinked jumps; both operations in the help.
 */
@IntegrationTest
@ExtendWith(KaribuViews.class)
class ContinuedArticlesViewTest {

    @Autowired
    ImportService importer;
    @Autowired
    ArticleService articles;
    @Autowired
    ArticleLinks links;

    ImportResult imported;
    PageEditorView view;

    @BeforeEach
    void openPageOne() {
        imported = TestData.asUser("importer", "ROLE_CORRECTOR", () -> importer.importIssue(
                new NewIssue("Continued view " + UUID.randomUUID(), LocalDate.of(1903, 5, 1), "", null, "en"),
                ContinuedPages.english(), null));
        Karibu.login("corrector", Role.CORRECTOR);
        UI.getCurrent().navigate("pages/" + imported.pageIds().get(0));
        view = _get(PageEditorView.class);
    }

    long issueArticles() {
        return TestData.asUser("reader", "ROLE_CORRECTOR", () -> (long) articles.byIssue(imported.issueId()).size());
    }

    @Test
    void theCardLinksToThePageWhereTheArticleContinues() {
        long id = view.layout.articles().get(0).id();
        RouterLink to = _get(RouterLink.class, spec -> spec.withId("card-" + id + "-page-5"));
        assertThat(to.getText()).isEqualTo("Continues on page 5 →");
        assertThat(to.getHref()).startsWith("pages/" + imported.pageIds().get(1)).contains("article=" + id);

        UI.getCurrent().navigate("pages/" + imported.pageIds().get(1));
        PageEditorView five = _get(PageEditorView.class);
        assertThat(five.layout.articles()).extracting(a -> a.id()).as("the linked article shows on page 5 too").contains(id);
        assertThat(_get(RouterLink.class, spec -> spec.withId("card-" + id + "-page-1")).getText()).isEqualTo("← Continued from page 1");
    }

    @Test
    void unlinkByItsShortcutThenLinkAgainFromTheUnlinkedJumps() {
        long id = view.layout.articles().get(0).id();
        view.select(id);
        view.keyPressed("K");
        _click(_get(Button.class, spec -> spec.withId("confirm-ok")));
        assertThat(issueArticles()).isEqualTo(2);
        assertThat(_find(RouterLink.class, spec -> spec.withId("card-" + id + "-page-5"))).isEmpty();
        assertThat(_get(Div.class, spec -> spec.withId("card-" + id)).getElement().getTextRecursively()).contains("Continues on another page (not linked)");

        view.keyPressed("W");
        Div row = _get(Div.class, spec -> spec.withId("jump-1-5"));
        assertThat(row.getElement().getTextRecursively()).contains("Continued on Page 5");
        long part = TestData.asUser("reader", "ROLE_CORRECTOR", () -> links.unlinkedJumps(imported.issueId()).get(0).candidates().get(0).articleId());
        _click(_get(Button.class, spec -> spec.withId("link-jump-1-5-" + part)));
        assertThat(issueArticles()).isEqualTo(1);
        assertThat(_get(RouterLink.class, spec -> spec.withId("card-" + id + "-page-5"))).isNotNull();
    }

    /** A text that stops mid-sentence is flagged continued by the segmenter; without a jump line there is no other page to name. */
    @Test
    void aTextCutMidSentenceWithoutAJumpLineSaysNothingAboutAnotherPage() {
        String cut = ContinuedPages.ENGLISH_P1.replace("Continued on Page 5\n", "");
        ImportResult alone = TestData.asUser("importer", "ROLE_CORRECTOR", () -> importer.importIssue(
                new NewIssue("Cut " + UUID.randomUUID(), LocalDate.of(1903, 5, 2), "", null, "en"),
                List.of(new PageFile("p1.txt", cut.getBytes(StandardCharsets.UTF_8))), null));
        UI.getCurrent().navigate("pages/" + alone.pageIds().get(0));
        PageEditorView page = _get(PageEditorView.class);
        var article = page.layout.articles().get(0);
        assertThat(article.content().continued()).as("the segmenter's flag, which used to show as a jump").isTrue();
        assertThat(_get(Div.class, spec -> spec.withId("card-" + article.id())).getElement().getTextRecursively())
                .doesNotContain("another page");
    }

    @Test
    void afterUnlinkingTheContinuationSaysItIsContinuedFromAnotherPage() {
        long id = view.layout.articles().get(0).id();
        view.select(id);
        view.keyPressed("K");
        _click(_get(Button.class, spec -> spec.withId("confirm-ok")));
        UI.getCurrent().navigate("pages/" + imported.pageIds().get(1));
        PageEditorView five = _get(PageEditorView.class);
        long part = five.layout.articles().get(0).id();
        assertThat(_get(Div.class, spec -> spec.withId("card-" + part)).getElement().getTextRecursively())
                .contains("Continued from another page (not linked)");
    }

    @Test
    void linkAndUnlinkAreInTheHelpWithTheirShortcuts() {
        view.keyPressed("?");
        assertThat(_get(Div.class, spec -> spec.withId("help-link")).getElement().getTextRecursively()).contains("Alt+Shift+L");
        assertThat(_get(Div.class, spec -> spec.withId("help-unlink")).getElement().getTextRecursively()).contains("Alt+Shift+K");
        assertThat(_get(Div.class, spec -> spec.withId("help-jumps")).getElement().getTextRecursively()).contains("Alt+Shift+W");
    }
}
