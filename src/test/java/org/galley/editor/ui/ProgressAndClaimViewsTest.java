package org.galley.editor.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import java.util.List;
import java.util.Locale;
import org.galley.article.Article;
import org.galley.article.ArticleService;
import org.galley.common.GalleyI18NProvider;
import org.galley.issue.IssueSummary;
import org.galley.issue.ui.IssuesView;
import org.galley.progress.ClaimService;
import org.galley.progress.PageProgress;
import org.galley.progress.ProgressFixture;
import org.galley.progress.ui.PageClaimBanner;
import org.galley.security.Role;
import org.galley.support.IntegrationTest;
import org.galley.support.Karibu;
import org.galley.support.KaribuViews;
import org.galley.support.TestData;
import org.galley.workflow.WorkflowService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * The issue as the unit of work, through the views: progress in the issue view and the issues list, the claim banner
 * hearing a colleague's claim and save, and "Done with this page" going on to the next page with work left.
 */
@IntegrationTest
@ExtendWith(KaribuViews.class)
class ProgressAndClaimViewsTest {

    @Autowired
    ApplicationContext ctx;
    @Autowired
    ProgressFixture fixture;
    @Autowired
    WorkflowService workflow;
    @Autowired
    ArticleService articles;
    @Autowired
    ClaimService claims;
    @Autowired
    GalleyI18NProvider i18n;

    ProgressFixture.Issue issue;

    @BeforeEach
    void setUp() {
        // Page 1: two drafts; page 2: three corrected (nothing left for a corrector); page 3: one draft.
        issue = fixture.issue(2, 3, 1);
        for (long a : issue.articleIds().get(1)) {
            TestData.asUser("anna", "ROLE_CORRECTOR", () -> { workflow.submit(a); return null; });
        }
        Karibu.login("corrector", Role.CORRECTOR);
    }

    String t(String key, Object... args) {
        return i18n.getTranslation(key, Locale.ENGLISH, args);
    }

    PageEditorView openPage(int index) {
        UI.getCurrent().navigate("pages/" + issue.pageIds().get(index));
        return _get(PageEditorView.class);
    }

    String bannerText() {
        return _get(Span.class, spec -> spec.withId("claim-text")).getText();
    }

    @Test
    void theIssueViewShowsEachPagesProgressAndTheTotals() {
        UI.getCurrent().navigate("issues/" + issue.issueId());
        @SuppressWarnings("unchecked")
        Grid<PageProgress> pages = _get(Grid.class, spec -> spec.withId("page-progress"));
        assertThat(GridKt._size(pages.getDataProvider(), null)).isEqualTo(3);
        PageProgress second = GridKt._get(pages, 1);
        assertThat(second.articlesByState()).containsEntry("CORRECTED", 3);
        // Page 1: two drafts, two unassigned lines, no jump lines (so no unlinked jumps).
        assertThat(GridKt._getFormattedRow(pages, 0)).containsSequence("1", t("state.DRAFT") + " 2", "2", "0");
        assertThat(GridKt._getFormattedRow(pages, 1)).contains(t("state.CORRECTED") + " 3", "0");
        assertThat(_get(Span.class, spec -> spec.withId("progress-totals")).getText())
                .startsWith(t("progress.totals", 0, 6, "", 2 + 0 + 4, "").substring(0, 10))
                .contains("unassigned lines: 6");
        assertThat(_get(ProgressBar.class, spec -> spec.withId("progress-bar")).getValue()).isZero();
    }

    @Test
    void theIssuesListShowsAProgressBarPerIssue() {
        long approved = issue.articleIds().get(2).get(0);
        TestData.asUser("ed", "ROLE_EDITOR", () -> { workflow.submit(approved); workflow.approve(approved, 1); return null; });
        UI.getCurrent().navigate("");
        @SuppressWarnings("unchecked")
        Grid<IssueSummary> grid = _get(IssuesView.class).getChildren().filter(Grid.class::isInstance).map(Grid.class::cast)
                .findFirst().orElseThrow();
        List<IssueSummary> rows = grid.getListDataView().getItems().toList();
        int row = rows.indexOf(rows.stream().filter(i -> i.id() == issue.issueId()).findFirst().orElseThrow());
        var cell = GridKt._getCellComponent(grid, row, "progress");
        assertThat(cell.getElement().getAttribute("data-done")).isEqualTo("1/6");
        ProgressBar bar = (ProgressBar) cell.getChildren().filter(ProgressBar.class::isInstance).findFirst().orElseThrow();
        assertThat(bar.getValue()).isEqualTo(1.0 / 6);
    }

    @Test
    void theBannerShowsAColleaguesClaimAndSaveLiveAndWarnsBeforeAnEdit() {
        PageEditorView view = openPage(0);
        assertThat(bannerText()).isEqualTo(t("progress.nobody", 1));
        long page = issue.pageIds().get(0);

        // A colleague claims the page elsewhere: the banner changes without any action here.
        TestData.asUser("bob", "ROLE_CORRECTOR", () -> claims.claim(page));
        MockVaadin.clientRoundtrip();
        assertThat(bannerText()).isEqualTo(t("progress.heldBy", 1, "bob"));
        assertThat(_find(Button.class, spec -> spec.withId("claim-page"))).as("no claim button while bob holds it").isEmpty();

        // Editing is allowed, with a warning.
        Article first = view.layout.articles().get(0);
        view.select(first.id());
        NotificationsKt.clearNotifications();
        view.keyPressed("E");
        assertThat(_find(ArticleEditor.class)).hasSize(1);
        assertThat(NotificationsKt.getNotifications()).extracting(com.github.mvysny.kaributools.NotificationsKt::getText)
                .contains(t("progress.warnHeld", 1, "bob"));
        _get(ArticleEditor.class).close();

        // Bob saves an article on the page: a notice, and the page is redrawn with his text.
        NotificationsKt.clearNotifications();
        TestData.asUser("bob", "ROLE_CORRECTOR", () -> {
            Article saved = articles.save(first.id(), first.revision(), TestData.content("Bob's headline", "text"), null);
            // The page editor's own save path announces a save; here it is announced as that path does.
            ctx.getBean(org.galley.progress.PageEvents.class).publish(new org.galley.progress.PageEvent.ArticleSaved(
                    page, saved.id(), saved.content().title(), "bob", saved.revision()));
            return saved;
        });
        MockVaadin.clientRoundtrip();
        assertThat(NotificationsKt.getNotifications()).extracting(com.github.mvysny.kaributools.NotificationsKt::getText)
                .contains(t("progress.savedBy", "bob", "Bob's headline", 2));
        assertThat(view.layout.articles()).extracting(a -> a.content().headline()).contains("Bob's headline");

        // Bob releases: anyone may claim it again.
        TestData.asUser("bob", "ROLE_CORRECTOR", () -> claims.release(page));
        MockVaadin.clientRoundtrip();
        assertThat(bannerText()).isEqualTo(t("progress.nobody", 1));
        _click(_get(Button.class, spec -> spec.withId("claim-page")));
        assertThat(bannerText()).isEqualTo(t("progress.youHold", 1));
        assertThat(_get(PageClaimBanner.class).holder()).contains("corrector");
    }

    @Test
    void doneWithThePageReleasesItAndOpensTheNextPageWithWorkLeft() {
        openPage(0);
        _click(_get(Button.class, spec -> spec.withId("claim-page")));
        com.github.mvysny.kaributesting.v10.ContextMenuKt._clickItemWithID(
                _get(com.vaadin.flow.component.menubar.MenuBar.class), "op-donePage");
        PageEditorView next = _get(PageEditorView.class);
        assertThat(next.layout.page().id()).as("page 2 has nothing left for a corrector").isEqualTo(issue.pageIds().get(2));
        assertThat(TestData.asUser("x", "ROLE_CORRECTOR", () -> claims.holder(issue.pageIds().get(0)))).isEmpty();
    }

    @Test
    void doneWithThePageAsksFirstWhenTheArticleEditorHoldsUnsavedText() {
        PageEditorView view = openPage(0);
        view.select(view.layout.articles().get(0).id());
        view.keyPressed("E");
        ArticleEditor editor = _get(ArticleEditor.class);
        editor.paragraphs.setValue("typed but not saved");
        view.actions.doneWithPage();
        assertThat(UI.getCurrent().getCurrentView()).as("still on page 1").isSameAs(view);
        _click(_get(Button.class, spec -> spec.withId("confirm-cancel")));
        assertThat(UI.getCurrent().getCurrentView()).isSameAs(view);
        assertThat(editor.paragraphs.getValue()).isEqualTo("typed but not saved");

        view.actions.doneWithPage();
        _click(_get(Button.class, spec -> spec.withId("confirm-ok")));
        assertThat(_get(PageEditorView.class).layout.page().id()).isEqualTo(issue.pageIds().get(2));
    }

    @Test
    void withNothingChangedDoneWithThePageDoesNotAsk() {
        PageEditorView view = openPage(2);
        view.select(view.layout.articles().get(0).id());
        view.keyPressed("E");
        view.actions.doneWithPage();
        assertThat(_get(PageEditorView.class).layout.page().id()).isEqualTo(issue.pageIds().get(0));
    }
}
