package org.galley.revise.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;
import org.galley.common.Note;
import org.galley.common.UserFacingException;
import org.galley.issue.IssueService;
import org.galley.issue.IssueSummary;
import org.galley.revise.ChangeSet;
import org.galley.revise.Match;
import org.galley.revise.Replacement;
import org.galley.revise.ReviseService;

/**
 * Find and replace across an issue: every match first, with its article, page, field and the text around it,
 * all ticked; the user unticks what should stay, writes a note, and replaces the rest as one change set. Below,
 * the issue's change sets; an editor can revert one as a unit.
 */
@Route("issues/:issueId/replace")
@PermitAll
public class FindReplaceView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final transient ReviseService revise;
    private final transient IssueService issues;
    private final boolean editorRole;
    final TextField find = new TextField();
    final TextField replace = new TextField();
    final Checkbox wholeWord = new Checkbox();
    final Checkbox matchCase = new Checkbox();
    final Button search;
    final Grid<Match> matches = new Grid<>(Match.class, false);
    final Span summary = new Span();
    final TextField note = new TextField();
    final Button apply;
    final Grid<ChangeSet> changeSets = new Grid<>(ChangeSet.class, false);
    private final H2 heading = new H2();
    /** The find and replace the shown matches were found with: apply uses these, not what was typed since. */
    private Replacement shown;
    private long issueId;
    private String title = "";

    public FindReplaceView(ReviseService revise, IssueService issues, AuthenticationContext auth) {
        this.revise = revise;
        this.issues = issues;
        this.editorRole = auth.hasAnyRole("EDITOR", "ADMIN");
        setWidthFull();
        find.setId("replace-find");
        find.setLabel(getTranslation("revise.find"));
        find.setMaxLength(Replacement.MAX_FIND);
        replace.setId("replace-with");
        replace.setLabel(getTranslation("revise.replaceWith"));
        replace.setMaxLength(Replacement.MAX_REPLACE);
        wholeWord.setId("replace-whole-word");
        wholeWord.setLabel(getTranslation("revise.wholeWord"));
        matchCase.setId("replace-match-case");
        matchCase.setLabel(getTranslation("revise.matchCase"));
        search = new Button(getTranslation("revise.search"), e -> search());
        search.setId("replace-search");
        search.addClickShortcut(com.vaadin.flow.component.Key.ENTER);
        HorizontalLayout form = new HorizontalLayout(find, replace, wholeWord, matchCase, search);
        form.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        form.setWrap(true);

        matches.setId("replace-matches");
        matches.setSelectionMode(Grid.SelectionMode.MULTI);
        matches.setHeight("min(28em, 60vh)");
        matches.addColumn(Match::pageNumber).setHeader(getTranslation("issue.page")).setAutoWidth(true).setFlexGrow(0);
        matches.addColumn(m -> m.title().isBlank() ? getTranslation("editor.untitled") : m.title())
                .setHeader(getTranslation("issue.headline")).setFlexGrow(1);
        matches.addColumn(m -> getTranslation("revise.field." + m.field()) + ("paragraph".equals(m.field()) ? " " + (m.index() + 1) : ""))
                .setHeader(getTranslation("revise.field")).setAutoWidth(true).setFlexGrow(0);
        matches.addComponentColumn(this::context).setHeader(getTranslation("revise.context")).setFlexGrow(3);
        matches.addColumn(m -> getTranslation("state." + m.state())).setHeader(getTranslation("issue.state")).setAutoWidth(true).setFlexGrow(0);
        matches.addSelectionListener(e -> summarize());
        summary.setId("replace-summary");

        note.setId("replace-note");
        note.setLabel(getTranslation("revise.note"));
        note.setWidth("min(32em, 90vw)");
        apply = new Button(getTranslation("revise.apply"), e -> applySelected());
        apply.setId("replace-apply");
        apply.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        apply.setEnabled(false);
        HorizontalLayout applyRow = new HorizontalLayout(note, apply);
        applyRow.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);

        DateTimeFormatter times = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(getLocale())
                .withZone(ZoneId.systemDefault());
        changeSets.setId("change-sets");
        changeSets.setAllRowsVisible(true);
        changeSets.addColumn(c -> "#" + c.id()).setHeader("#").setAutoWidth(true).setFlexGrow(0);
        changeSets.addColumn(ChangeSet::actor).setHeader(getTranslation("revise.who")).setAutoWidth(true);
        changeSets.addColumn(c -> times.format(c.createdAt())).setHeader(getTranslation("revise.when")).setAutoWidth(true);
        changeSets.addColumn(c -> c.kind() == ChangeSet.Kind.REVERT ? getTranslation("revise.revertOf", c.reverts())
                : "«" + c.find() + "» → «" + c.replace() + "»").setHeader(getTranslation("revise.what")).setFlexGrow(2);
        changeSets.addColumn(c -> Note.render(c.note(), this::getTranslation)).setHeader(getTranslation("revise.note")).setFlexGrow(2);
        changeSets.addColumn(c -> c.articles().size()).setHeader(getTranslation("revise.articles")).setAutoWidth(true);
        changeSets.addComponentColumn(this::changeSetActions).setHeader("").setAutoWidth(true);

        add(heading, form, summary, matches, applyRow, new H3(getTranslation("revise.changeSets")), changeSets);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        IssueSummary issue = event.getRouteParameters().get("issueId").flatMap(FindReplaceView::parse).flatMap(issues::find).orElse(null);
        if (issue == null) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        issueId = issue.id();
        title = getTranslation("revise.title") + " · " + issue.displayTitle() + " · " + issue.date();
        heading.setText(title);
        refreshChangeSets();
    }

    @Override
    public String getPageTitle() {
        return title + " · Galley";
    }

    void search() {
        Replacement r = new Replacement(find.getValue(), replace.getValue(), wholeWord.getValue(), matchCase.getValue());
        List<Match> found = call(() -> revise.preview(issueId, r));
        if (found == null) {
            return;
        }
        shown = r;
        matches.setItems(found);
        // One selection change for all of them: selecting one by one is quadratic in the matches (up to 5,000).
        matches.asMultiSelect().setValue(new java.util.LinkedHashSet<>(found));
        summarize();
    }

    private void summarize() {
        if (shown == null) {
            summary.setText("");
            apply.setEnabled(false);
            return;
        }
        int all = matches.getListDataView().getItemCount();
        int ticked = matches.getSelectedItems().size();
        summary.setText(getTranslation("revise.summary", all, ticked,
                matches.getSelectedItems().stream().map(Match::articleId).distinct().count()));
        apply.setEnabled(ticked > 0);
    }

    void applySelected() {
        if (shown == null || matches.getSelectedItems().isEmpty()) {
            return;
        }
        List<Match.Selection> selected = matches.getSelectedItems().stream()
                .sorted(Comparator.comparingLong(Match::articleId).thenComparing(Match::field).thenComparingInt(Match::index)
                        .thenComparingInt(Match::start))
                .map(Match::selection).toList();
        ChangeSet.Result result = call(() -> revise.apply(issueId, shown, selected, note.getValue()));
        if (result == null) {
            return;
        }
        shown = null;
        matches.setItems(List.of());
        note.clear();
        summarize();
        refreshChangeSets();
        resultDialog("replace-result", result).open();
    }

    void revert(ChangeSet c) {
        TextField why = new TextField(getTranslation("revise.note"));
        why.setId("revert-note");
        why.setWidthFull();
        Dialog d = new Dialog();
        d.setId("revert-dialog");
        d.setHeaderTitle(getTranslation("revise.revertTitle", c.id()));
        d.add(new Paragraph(getTranslation("revise.revertExplain", c.articles().size())), why);
        Button ok = new Button(getTranslation("revise.revert"), e -> {
            ChangeSet.Result result = call(() -> revise.revert(c.id(), why.getValue()));
            d.close();
            refreshChangeSets();
            if (result != null) {
                resultDialog("revert-result", result).open();
            }
        });
        ok.setId("revert-ok");
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        Button cancel = new Button(getTranslation("common.cancel"), e -> d.close());
        d.getFooter().add(cancel, ok);
        d.open();
    }

    /** How many articles got a revision, and each one left out with why. */
    Dialog resultDialog(String id, ChangeSet.Result result) {
        Dialog d = new Dialog();
        d.setId(id);
        d.setHeaderTitle(getTranslation("revise.resultTitle"));
        Span count = new Span(result.changeSet() == null ? getTranslation("revise.nothingWritten")
                : getTranslation("revise.written", result.changeSet().articles().size(), result.changeSet().id()));
        count.setId(id + "-count");
        d.add(new Paragraph(count));
        for (ChangeSet.Skipped k : result.skipped()) {
            Div row = new Div(new Span((k.title().isBlank() ? getTranslation("editor.untitled") : k.title()) + " — "
                    + getTranslation("revise.skipped." + k.reason(), k.articleId(), k.currentRevision())));
            row.setId(id + "-skipped-" + k.articleId());
            d.add(row);
        }
        Button close = new Button(getTranslation("common.close"), e -> d.close());
        close.setId(id + "-close");
        d.getFooter().add(close);
        return d;
    }

    private Component context(Match m) {
        Span before = new Span(m.before());
        Span old = new Span(m.matched());
        old.addClassName("galley-replace-old");
        Span now = new Span(shown == null ? "" : shown.replace());
        now.addClassName("galley-replace-new");
        Span after = new Span(m.after());
        Span all = new Span(before, old, now, after);
        all.addClassName("galley-replace-context");
        return all;
    }

    private Component changeSetActions(ChangeSet c) {
        if (c.kind() == ChangeSet.Kind.REVERT) {
            return new Span();
        }
        if (c.revertedBy() != null) {
            return new Span(getTranslation("revise.revertedBy", c.revertedBy()));
        }
        if (!editorRole) {
            return new Span();
        }
        Button b = new Button(getTranslation("revise.revert"), e -> revert(c));
        b.setId("revert-" + c.id());
        b.addThemeVariants(ButtonVariant.LUMO_SMALL);
        return b;
    }

    private void refreshChangeSets() {
        List<ChangeSet> all = call(() -> revise.changeSets(issueId));
        changeSets.setItems(all == null ? List.of() : all);
    }

    private <T> T call(Supplier<T> action) {
        try {
            return action.get();
        } catch (UserFacingException e) {
            Notification.show(getTranslation(e.key(), e.args()), 6000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
        } catch (org.springframework.security.access.AccessDeniedException e) {
            Notification.show(getTranslation("error.forbidden")).addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
        return null;
    }

    static java.util.Optional<Long> parse(String raw) {
        try {
            return java.util.Optional.of(Long.parseLong(raw));
        } catch (NumberFormatException e) {
            return java.util.Optional.empty();
        }
    }
}
