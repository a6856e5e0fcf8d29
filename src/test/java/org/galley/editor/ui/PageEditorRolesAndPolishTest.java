package org.galley.editor.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.menubar.MenuBar;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.galley.article.Article;
import org.galley.article.ArticleService;
import org.galley.article.ArticleState;
import org.galley.common.GalleyI18NProvider;
import org.galley.common.ui.MainLayout;
import org.galley.common.ui.NotAllowedView;
import org.galley.importing.ImportResult;
import org.galley.security.Role;
import org.galley.security.ui.UsersView;
import org.galley.support.IntegrationTest;
import org.galley.support.Karibu;
import org.galley.support.KaribuViews;
import org.galley.support.TestData;
import org.galley.workflow.WorkflowService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;

/** What each role sees in the page editor and the issue view, the not-allowed page, and the editor's polish. */
@IntegrationTest
@ExtendWith(KaribuViews.class)
class PageEditorRolesAndPolishTest {

    @Autowired
    TestData data;
    @Autowired
    ArticleService articles;
    @Autowired
    WorkflowService workflow;
    @Autowired
    GalleyI18NProvider i18n;

    ImportResult imported;
    PageEditorView view;

    @BeforeEach
    void importTheSeedPage() {
        imported = data.importSeedPage("Roles", LocalDate.of(2023, 3, 2));
    }

    PageEditorView open(Role role) {
        Karibu.login(role.name().toLowerCase() + "1", role);
        UI.getCurrent().navigate("pages/" + imported.pageIds().get(0));
        view = _get(PageEditorView.class);
        return view;
    }

    static List<String> menuIds(MenuBar bar) {
        List<String> ids = new ArrayList<>();
        collect(bar.getItems(), ids);
        return ids;
    }

    private static void collect(List<MenuItem> items, List<String> ids) {
        for (MenuItem item : items) {
            item.getId().ifPresent(ids::add);
            collect(item.getSubMenu().getItems(), ids);
        }
    }

    String t(String key, Object... args) {
        return i18n.getTranslation(key, UI.getCurrent().getLocale(), args);
    }

    @Test
    void aCorrectorSeesNoApproveRejectOrExcludeInTheToolbarTheKeysOrTheHelp() {
        open(Role.CORRECTOR);
        assertThat(menuIds(view.toolbar)).contains("op-edit", "op-split", "op-submit", "help")
                .doesNotContain("op-approve", "op-reject", "op-exclude");

        view.keyPressed("?");
        Dialog help = _get(Dialog.class, spec -> spec.withId("help-dialog"));
        assertThat(_find(com.vaadin.flow.component.html.Div.class, spec -> spec.withId("help-split"))).hasSize(1);
        assertThat(_find(com.vaadin.flow.component.html.Div.class, spec -> spec.withId("help-approve"))).isEmpty();
        assertThat(_find(com.vaadin.flow.component.html.Div.class, spec -> spec.withId("help-exclude"))).isEmpty();
        help.close();

        // Alt+Shift+O (approve for an editor) does nothing for a corrector, even sent by hand.
        Article a = view.layout.articles().get(0);
        TestData.asUser("c", "ROLE_CORRECTOR", () -> workflow.submit(a.id()));
        view.render();
        view.select(a.id());
        view.keyPressed("O");
        view.keyPressed("Z");
        assertThat(articles.get(a.id()).state()).isEqualTo(ArticleState.CORRECTED);
        assertThat(_find(Dialog.class)).isEmpty();
    }

    @Test
    void anEditorSeesEveryOperationAndTheHelpListsThemAll() {
        open(Role.EDITOR);
        List<String> ids = menuIds(view.toolbar);
        for (EditorOperation op : EditorOperation.TABLE) {
            assertThat(ids).contains("op-" + op.id());
        }
        view.keyPressed("?");
        // The seed page is text only: the scan's zoom keys are left out of its help (ScanOperationsViewTest).
        for (EditorOperation op : EditorOperation.TABLE) {
            assertThat(_find(com.vaadin.flow.component.html.Div.class, spec -> spec.withId("help-" + op.id())))
                    .hasSize(op.group() == EditorOperation.Group.IMAGE ? 0 : 1);
        }
    }

    @Test
    void aLowerOrUpperCaseLetterRunsTheOperationFromTheTable() {
        open(Role.CORRECTOR);
        view.select(view.articleTitled("我市志愿服务再获嘉兴先进").id());
        view.keyPressed("S");
        assertThat(_get(Dialog.class).getHeaderTitle()).isEqualTo(t("editor.op.split"));
        _get(Dialog.class).close();
        view.keyPressed("v");
        assertThat(_get(Dialog.class).getHeaderTitle()).isEqualTo(t("editor.op.move"));
    }

    @Test
    void excludeAsksFirstAndChangesNothingWhenCancelled() {
        open(Role.EDITOR);
        Article a = view.layout.articles().get(1);
        view.select(a.id());
        com.github.mvysny.kaributesting.v10.ContextMenuKt._clickItemWithID(view.toolbar, "op-exclude");
        assertThat(articles.get(a.id()).state()).as("nothing excluded before the user confirms").isNotEqualTo(ArticleState.EXCLUDED);
        _click(_get(Button.class, spec -> spec.withId("confirm-cancel")));
        assertThat(articles.get(a.id()).state()).isNotEqualTo(ArticleState.EXCLUDED);

        view.keyPressed("Z");
        _click(_get(Button.class, spec -> spec.withId("confirm-ok")));
        assertThat(articles.get(a.id()).state()).isEqualTo(ArticleState.EXCLUDED);
    }

    @Test
    void theIssueViewShowsNoPublishOrUnpublishToACorrector() {
        Karibu.login("corrector9", Role.CORRECTOR);
        UI.getCurrent().navigate("issues/" + imported.issueId());
        assertThat(_find(Button.class, spec -> spec.withId("publish"))).isEmpty();
        assertThat(_find(Button.class, spec -> spec.withId("unpublish"))).isEmpty();
    }

    @Test
    void afterPublishingTheIssueViewNoLongerSaysItCanBePublished() {
        TestData.asUser("ed", "ROLE_EDITOR", () -> {
            List<Article> all = articles.byIssue(imported.issueId());
            for (Article a : all) {
                if (a.id() == all.get(0).id()) {
                    workflow.submit(a.id());
                    workflow.approve(a.id(), a.revision());
                } else {
                    workflow.exclude(a.id(), null);
                }
            }
            return null;
        });
        Karibu.login("editor9", Role.EDITOR);
        UI.getCurrent().navigate("issues/" + imported.issueId());
        assertThat(_find(com.vaadin.flow.component.html.Span.class, spec -> spec.withText(t("issue.readyToPublish")))).hasSize(1);
        _click(_get(Button.class, spec -> spec.withId("publish")));
        assertThat(_find(com.vaadin.flow.component.html.Span.class, spec -> spec.withText(t("issue.readyToPublish")))).isEmpty();
        assertThat(_find(com.vaadin.flow.component.html.Span.class, spec -> spec.withText(t("issue.publishedUnchanged", 1)))).hasSize(1);
        assertThat(_get(Button.class, spec -> spec.withId("publish")).isEnabled()).isFalse();
    }

    @Test
    void aCorrectorOpeningUsersGetsGalleysOwnNotAllowedPageInsideTheLayoutInTheirLanguage() {
        Karibu.login("corrector8", Role.CORRECTOR);
        UI.getCurrent().getSession().setLocale(GalleyI18NProvider.CHINESE);
        UI.getCurrent().setLocale(GalleyI18NProvider.CHINESE);
        UI.getCurrent().navigate("users");
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(NotAllowedView.class).isNotInstanceOf(UsersView.class);
        assertThat(_find(MainLayout.class)).as("inside the app layout").hasSize(1);
        assertThat(_get(com.vaadin.flow.component.html.H2.class).getText())
                .isEqualTo(i18n.getTranslation("error.notAllowed", Locale.SIMPLIFIED_CHINESE)).isNotEqualTo(
                        i18n.getTranslation("error.notAllowed", Locale.ENGLISH));
        assertThat(_get(com.vaadin.flow.component.html.Anchor.class, spec -> spec.withId("back-to-issues")).getHref()).isEmpty();
    }

    @Test
    void aSaveWithoutAChangeSaysSoAndMakesNoRevision() {
        open(Role.CORRECTOR);
        Article a = view.articleTitled("我市志愿服务再获嘉兴先进");
        view.select(a.id());
        view.keyPressed("E");
        _click(_get(Button.class, spec -> spec.withId("save-article")));
        assertThat(articles.get(a.id()).revision()).isEqualTo(a.revision());
        assertThat(NotificationsKt.getNotifications()).extracting(n -> com.github.mvysny.kaributools.NotificationsKt.getText(n)).contains(t("editor.noChanges"));
    }

    @Test
    void cardsAndRawLinesCarryStableDataAttributesAndMergedRanges() {
        open(Role.CORRECTOR);
        Article a = view.articleTitled("我市志愿服务再获嘉兴先进");
        ArticleCard card = view.cards.getChildren().map(ArticleCard.class::cast).filter(c -> c.articleId == a.id()).findFirst().orElseThrow();
        assertThat(card.getElement().getAttribute("data-article-id")).isEqualTo(String.valueOf(a.id()));
        assertThat(view.raw.getElement().getChild(37).getAttribute("data-line")).isEqualTo("38");
        assertThat(view.raw.getElement().getChild(37).getAttribute("data-article-id")).isEqualTo(String.valueOf(a.id()));
        String meta = card.getElement().getChild(2).getText();
        assertThat(meta).doesNotContainPattern("\\d+–(\\d+), (\\d+)–").as("no touching ranges shown apart");
    }
}
