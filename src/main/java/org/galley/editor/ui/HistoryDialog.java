package org.galley.editor.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import org.galley.article.Article;
import org.galley.article.ArticleService;
import org.galley.article.Revision;
import org.galley.article.diff.ArticleDiff;
import org.galley.common.UserFacingException;

/** An article's revisions: who, when, where from, why; the difference between any two; restore. */
class HistoryDialog extends Dialog {

    final Grid<Revision> grid = new Grid<>(Revision.class, false);
    final Select<Integer> from = new Select<>();
    final Select<Integer> to = new Select<>();
    final Div diff = new Div();
    private final transient ArticleService articles;
    private final long articleId;
    private final Runnable onRestore;
    private List<Revision> revisions;

    HistoryDialog(ArticleService articles, long articleId, Runnable onRestore) {
        this.articles = articles;
        this.articleId = articleId;
        this.onRestore = onRestore;
        setHeaderTitle(getTranslation("history.title", articles.get(articleId).content().title()));
        setWidth("min(1100px, 95vw)");
        setHeight("85vh");
        DateTimeFormatter times = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(getLocale()).withZone(ZoneId.systemDefault());
        grid.setId("history");
        grid.addColumn(Revision::number).setHeader("#").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(Revision::author).setHeader(getTranslation("history.author")).setAutoWidth(true);
        grid.addColumn(r -> times.format(r.createdAt())).setHeader(getTranslation("history.time")).setAutoWidth(true);
        grid.addColumn(r -> getTranslation("origin." + r.origin().name())).setHeader(getTranslation("history.origin")).setAutoWidth(true);
        grid.addColumn(r -> org.galley.article.Notes.display(r.note(), this::getTranslation)).setHeader(getTranslation("history.note")).setFlexGrow(2);
        grid.addColumn(this::changeSummary).setHeader(getTranslation("history.changes")).setFlexGrow(2);
        grid.setHeight("14em");
        grid.addSelectionListener(e -> e.getFirstSelectedItem().ifPresent(r -> {
            to.setValue(r.number());
            from.setValue(Math.max(1, r.number() - 1));
        }));
        from.setLabel(getTranslation("history.from"));
        to.setLabel(getTranslation("history.to"));
        from.addValueChangeListener(e -> showDiff());
        to.addValueChangeListener(e -> showDiff());
        Button restore = new Button(getTranslation("history.restore"), e -> restore());
        restore.setId("restore");
        diff.setId("history-diff");
        add(grid, new HorizontalLayout(from, to, restore), diff);
        getFooter().add(new Button(getTranslation("common.close"), e -> close()));
        load();
    }

    private void load() {
        revisions = articles.history(articleId);
        grid.setItems(revisions);
        List<Integer> numbers = revisions.stream().map(Revision::number).toList();
        from.setItems(numbers);
        to.setItems(numbers);
        if (numbers.size() > 1) {
            from.setValue(numbers.get(numbers.size() - 2));
        }
        to.setValue(numbers.get(numbers.size() - 1));
    }

    private String changeSummary(Revision r) {
        if (r.number() == 1) {
            return "";
        }
        Revision previous = revisions.get(r.number() - 2);
        return ArticleDiff.summary(ArticleDiff.between(previous.content(), r.content()));
    }

    private void showDiff() {
        diff.removeAll();
        if (from.getValue() != null && to.getValue() != null) {
            diff.add(new DiffView(revisions.get(from.getValue() - 1).content(), revisions.get(to.getValue() - 1).content()));
        }
    }

    /** Restores the revision chosen as "to": a new revision copying it, based on the current one. */
    private void restore() {
        Integer number = to.getValue();
        if (number == null) {
            return;
        }
        try {
            Article current = articles.get(articleId);
            articles.restore(articleId, number, current.revision(), null);
            Notification.show(getTranslation("history.restored", number)).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            load();
            onRestore.run();
        } catch (UserFacingException e) {
            Notification.show(getTranslation(e.key(), e.args())).addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }
}
