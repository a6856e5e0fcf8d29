package org.galley.editor.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import java.util.List;
import java.util.Locale;
import org.galley.article.Article;
import org.galley.article.ArticleContent;
import org.galley.article.ArticleService;
import org.galley.article.merge.ThreeWayMerge.Side;
import org.galley.security.Role;
import org.galley.support.IntegrationTest;
import org.galley.support.Karibu;
import org.galley.support.KaribuViews;
import org.galley.support.TestData.Fixture;
import org.galley.support.TestData;
import org.galley.workflow.WorkflowService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;

/** Rejection notes where people look, conflicts that merge, history in the reader's language: through the views. */
@IntegrationTest
@ExtendWith(KaribuViews.class)
class NotesAndConflictsViewTest {

    @Autowired
    TestData data;
    @Autowired
    ArticleService articles;
    @Autowired
    WorkflowService workflow;

    Fixture page;
    long id;

    @BeforeEach
    void setUp() {
        page = data.issueWithArticles(TestData.content("Headline", "one", "two", "three"));
        id = page.articleIds().get(0);
        Karibu.login("corrector", Role.CORRECTOR);
    }

    PageEditorView openPage() {
        UI.getCurrent().navigate("pages/" + page.pageId());
        return _get(PageEditorView.class);
    }

    static List<String> notes(Component in) {
        return _find(in, Div.class, spec -> spec.withClasses("galley-state-note")).stream().map(Div::getText).toList();
    }

    Component card(PageEditorView view) {
        return view.cards.getChildren().filter(c -> c.getId().orElse("").equals("card-" + id)).findFirst().orElseThrow();
    }

    ArticleEditor openEditor(PageEditorView view) {
        view.select(id);
        com.github.mvysny.kaributesting.v10.ContextMenuKt._clickItemWithID(_get(com.vaadin.flow.component.menubar.MenuBar.class), "op-edit");
        return _get(ArticleEditor.class);
    }

    @Test
    void aRejectionNoteShowsOnTheCardInTheEditorInTheHistoryAndInTheIssueListUntilResubmitted() {
        TestData.asUser("chief", "ROLE_EDITOR", () -> workflow.reject(id, "请核对第二段人名"));

        PageEditorView view = openPage();
        assertThat(notes(card(view))).containsExactly("Sent back: 请核对第二段人名");
        ArticleEditor editor = openEditor(view);
        assertThat(notes(editor)).containsExactly("Sent back: 请核对第二段人名");
        editor.close();
        view.select(id);
        com.github.mvysny.kaributesting.v10.ContextMenuKt._clickItemWithID(_get(com.vaadin.flow.component.menubar.MenuBar.class), "op-history");
        assertThat(notes(_get(HistoryDialog.class))).containsExactly("Sent back: 请核对第二段人名");
        _get(HistoryDialog.class).close();

        UI.getCurrent().navigate("issues/" + page.issueId());
        IssueView issue = _get(IssueView.class);
        assertThat(GridKt._getFormattedRow(issue.grid, 0)).contains("Rejected: 请核对第二段人名");

        TestData.asUser("corrector", "ROLE_CORRECTOR", () -> workflow.submit(id));
        UI.getCurrent().navigate("issues/" + page.issueId());
        assertThat(GridKt._getFormattedRow(_get(IssueView.class).grid, 0)).contains("Corrected").noneMatch(s -> s.contains("请核对"));
        assertThat(notes(card(openPage()))).isEmpty();
    }

    /** Opens the editor, changes it as {@code mine} does, lets a colleague save {@code theirs} first, then saves. */
    ArticleEditor editWhileAColleagueSavesFirst(String myHeadline, String myParagraphs, ArticleContent theirs) {
        Article before = articles.get(id);
        ArticleEditor editor = openEditor(openPage());
        editor.headline.setValue(myHeadline);
        editor.paragraphs.setValue(myParagraphs);
        TestData.asUser("colleague", "ROLE_CORRECTOR", () -> articles.save(id, before.revision(), theirs, null));
        NotificationsKt.clearNotifications();
        _click(_get(Button.class, spec -> spec.withId("save-article")));
        return editor;
    }

    static ArticleContent theirs(String headline, String caption, String... paragraphs) {
        ArticleContent c = TestData.content(headline, paragraphs);
        return ArticleContent.of(c.kind(), null, headline, null, c.byline(), null, c.paragraphs(), caption, false, c.lines());
    }

    @Test
    void changesThatDoNotOverlapAreMergedAndSavedWithANoticeOfWhatCameFromWhom() {
        editWhileAColleagueSavesFirst("My headline", "one\n\ntwo\n\nTHREE", theirs("Headline", "Their caption", "ONE", "two", "three"));

        assertThat(_find(ConflictDialog.class)).isEmpty();
        Article now = articles.get(id);
        assertThat(now.content().headline()).isEqualTo("My headline");
        assertThat(now.content().caption()).isEqualTo("Their caption");
        assertThat(now.content().paragraphs()).containsExactly("ONE", "two", "THREE");
        assertThat(NotificationsKt.getNotifications()).map(n -> n.getElement().getProperty("text"))
                .anySatisfy(t -> assertThat(t).contains("colleague").contains("Caption").contains("Paragraphs"));
    }

    @Test
    void overlappingChangesAreShownSideBySideWithAChoiceAndTheirOtherChangesAreKeptWhateverIsChosen() {
        ArticleEditor editor = editWhileAColleagueSavesFirst("My headline", "ONE\n\ntwo\n\nthree",
                theirs("Their headline", "Their caption", "one", "two", "three"));

        ConflictDialog dialog = _get(ConflictDialog.class);
        assertThat(dialog.choices.keySet()).as("only the overlap asks").containsExactly("headline");
        assertThat(_get(dialog, com.vaadin.flow.component.html.Paragraph.class, spec -> spec.withId("merged-from-them")).getText())
                .contains("colleague").contains("Caption");
        assertThat(editor.headline.getValue()).as("my text stays on screen").isEqualTo("My headline");
        assertThat(editor.paragraphs.getValue()).startsWith("ONE");
        assertThat(_find(dialog, Div.class, spec -> spec.withClasses("galley-conflict-text")).stream().map(Div::getText))
                .containsExactly("Headline", "My headline", "Their headline");

        dialog.choices.get("headline").setValue(Side.THEIRS);
        _click(_get(dialog, Button.class, spec -> spec.withId("conflict-save")));
        Article now = articles.get(id);
        assertThat(now.content().headline()).isEqualTo("Their headline");
        assertThat(now.content().caption()).as("their non-overlapping change").isEqualTo("Their caption");
        assertThat(now.content().paragraphs()).as("my non-overlapping change").containsExactly("ONE", "two", "three");
    }

    @Test
    void puttingTheMergeInTheEditorOrGoingBackLosesNeitherSide() {
        ArticleEditor editor = editWhileAColleagueSavesFirst("My headline", "ONE\n\ntwo\n\nthree",
                theirs("Their headline", "Their caption", "one", "two", "three"));
        int theirRevision = articles.get(id).revision();

        _click(_get(Button.class, spec -> spec.withId("conflict-back")));
        assertThat(editor.headline.getValue()).isEqualTo("My headline");
        assertThat(articles.get(id).revision()).as("nothing saved").isEqualTo(theirRevision);

        _click(_get(Button.class, spec -> spec.withId("save-article")));
        _click(_get(Button.class, spec -> spec.withId("conflict-edit")));
        assertThat(editor.headline.getValue()).isEqualTo("My headline");
        assertThat(editor.caption.getValue()).isEqualTo("Their caption");
        assertThat(editor.paragraphs.getValue()).startsWith("ONE");
        assertThat(editor.baseRevision()).isEqualTo(theirRevision);
        assertThat(articles.get(id).revision()).as("still nothing saved").isEqualTo(theirRevision);

        _click(_get(Button.class, spec -> spec.withId("save-article")));
        Article now = articles.get(id);
        assertThat(now.revision()).isEqualTo(theirRevision + 1);
        assertThat(now.content().headline()).isEqualTo("My headline");
        assertThat(now.content().caption()).isEqualTo("Their caption");
    }

    @Test
    void historyNotesAndChangeSummariesAreInTheReadersLanguageAndOldNotesAsStored() {
        Article a = articles.get(id);
        TestData.asUser("corrector", "ROLE_CORRECTOR", () -> articles.save(id, a.revision(),
                theirs("Headline", null, "one", "two", "three", "four"), "split at paragraph 3"));
        TestData.asUser("corrector", "ROLE_CORRECTOR", () -> articles.split(id, a.revision() + 1, 2));

        UI.getCurrent().setLocale(Locale.SIMPLIFIED_CHINESE);
        PageEditorView view = openPage();
        view.select(id);
        com.github.mvysny.kaributesting.v10.ContextMenuKt._clickItemWithID(_get(com.vaadin.flow.component.menubar.MenuBar.class), "op-history");
        HistoryDialog history = _get(HistoryDialog.class);
        List<String> old = GridKt._getFormattedRow(history.grid, 1);
        List<String> split = GridKt._getFormattedRow(history.grid, 2);
        assertThat(old).contains("split at paragraph 3").anyMatch(s -> s.matches("段落（\\+\\d+ −\\d+）"));
        assertThat(split).contains("在第 3 段处拆分").anyMatch(s -> s.matches("段落(、\\S+)*（\\+\\d+ −\\d+）"));
    }
}
