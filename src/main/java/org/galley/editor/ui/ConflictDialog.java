package org.galley.editor.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.galley.article.ArticleContent;
import org.galley.article.EditConflictException;
import org.galley.article.merge.ThreeWayMerge;
import org.galley.article.merge.ThreeWayMerge.Conflict;
import org.galley.article.merge.ThreeWayMerge.Side;
import org.galley.article.Byline;

/**
 * Someone saved first. Their changes and mine are merged three-way against the revision both started from:
 * if nothing overlaps, the merge is saved straight away with a notice of what came from them. Otherwise this
 * dialog shows only the overlapping changes, side by side, with a choice for each; everything else is merged
 * whatever is chosen, so no button throws away a colleague's change. The editor keeps my text underneath
 * until I put the merge into it or save it.
 */
class ConflictDialog extends Dialog {

    private static final ArticleContent NOTHING = new ArticleContent(null, null, null, null, Byline.empty(), null,
            List.of(), null, false, List.of());

    final transient ThreeWayMerge.Result merge;
    final Map<String, RadioButtonGroup<Side>> choices = new LinkedHashMap<>();
    private final transient EditConflictException conflict;
    private final ArticleEditor editor;

    /** Merges and saves, or asks about what overlaps. */
    static void handle(EditConflictException conflict, ArticleEditor editor) {
        ThreeWayMerge.Result merge = merge(conflict);
        if (merge.clean()) {
            editor.loadMerged(merge.merged(), conflict.theirs().number());
            if (!merge.fromTheirs().isEmpty()) {
                Notification notice = Notification.show(editor.getTranslation("conflict.mergedSaved", conflict.theirs().author(),
                        conflict.theirs().number(), fields(editor, merge.fromTheirs())));
                notice.setDuration(8000);
                notice.addThemeVariants(NotificationVariant.LUMO_CONTRAST);
            }
            editor.save();
        } else {
            new ConflictDialog(conflict, merge, editor).open();
        }
    }

    private static ThreeWayMerge.Result merge(EditConflictException conflict) {
        // Without a base (it cannot be read) every difference counts as an overlap: nothing is guessed.
        ArticleContent base = conflict.base() == null ? NOTHING : conflict.base().content();
        return ThreeWayMerge.merge(base, conflict.yours(), conflict.theirs().content());
    }

    private ConflictDialog(EditConflictException conflict, ThreeWayMerge.Result merge, ArticleEditor editor) {
        this.conflict = conflict;
        this.merge = merge;
        this.editor = editor;
        setHeaderTitle(getTranslation("conflict.title"));
        setWidth("min(1200px, 96vw)");
        setMaxHeight("90vh");
        setId("conflict");
        setCloseOnOutsideClick(false);
        String author = conflict.theirs().author();
        int theirRevision = conflict.theirs().number();
        add(new Paragraph(getTranslation("conflict.explainMerge", author, theirRevision, conflict.baseRevision())));
        if (!merge.fromTheirs().isEmpty()) {
            Paragraph fromThem = new Paragraph(getTranslation("conflict.mergedFromThem", author, fields(this, merge.fromTheirs())));
            fromThem.setId("merged-from-them");
            add(fromThem);
        }
        if (!merge.fromMine().isEmpty()) {
            add(new Paragraph(getTranslation("conflict.keptMine", fields(this, merge.fromMine()))));
        }
        add(new Paragraph(getTranslation("conflict.choose")));
        for (Conflict c : merge.conflicts()) {
            add(row(c, author, theirRevision));
        }

        Button back = new Button(getTranslation("conflict.backToMine"), e -> close());
        back.setId("conflict-back");
        Button edit = new Button(getTranslation("conflict.editMerged"), e -> {
            editor.loadMerged(resolved(), theirRevision);
            close();
        });
        edit.setId("conflict-edit");
        Button save = new Button(getTranslation("conflict.saveMerged"), e -> {
            editor.loadMerged(resolved(), theirRevision);
            close();
            editor.save();
        });
        save.setId("conflict-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(back, edit, save);
    }

    /** The merge with the side chosen for each overlap. */
    ArticleContent resolved() {
        Map<String, Side> chosen = new LinkedHashMap<>();
        choices.forEach((id, group) -> chosen.put(id, group.getValue() == null ? Side.MINE : group.getValue()));
        return merge.resolve(chosen);
    }

    private Div row(Conflict c, String author, int theirRevision) {
        Div row = new Div();
        row.addClassName("galley-conflict-row");
        row.getElement().setAttribute("data-conflict", c.id());
        String label = ThreeWayMerge.PARAGRAPHS.equals(c.field())
                ? getTranslation("conflict.paragraphsAt", c.paragraph() + 1) : getTranslation("field." + c.field());
        Div sides = new Div(
                side(getTranslation("conflict.base", conflict.baseRevision()), c.field(), c.base(), "base"),
                side(getTranslation("conflict.mine"), c.field(), c.mine(), "mine"),
                side(getTranslation("conflict.theirs", author, theirRevision), c.field(), c.theirs(), "theirs"));
        sides.addClassName("galley-conflict-sides");
        RadioButtonGroup<Side> choice = new RadioButtonGroup<>();
        choice.setItems(Side.MINE, Side.THEIRS);
        choice.setItemLabelGenerator(s -> getTranslation(s == Side.MINE ? "conflict.useMine" : "conflict.useTheirs"));
        // My text is what is on screen, so it is the starting choice; their non-overlapping changes are merged anyway.
        choice.setValue(Side.MINE);
        choice.setId("choice-" + c.id().replace('@', '-'));
        choices.put(c.id(), choice);
        row.add(new H4(label), sides, choice);
        return row;
    }

    private Div side(String heading, String field, Object value, String which) {
        Div box = new Div();
        box.addClassNames("galley-conflict-side", which);
        Div title = new Div();
        title.setText(heading);
        title.getStyle().set("font-weight", "600");
        Div text = new Div();
        text.setText(show(field, value));
        text.addClassName("galley-conflict-text");
        box.add(title, text);
        return box;
    }

    private String show(String field, Object value) {
        if (value == null || "".equals(value) || value instanceof List<?> l && l.isEmpty()) {
            return getTranslation("conflict.empty");
        }
        if (value instanceof Boolean b) {
            return getTranslation(b ? "conflict.yes" : "conflict.no");
        }
        if ("kind".equals(field)) {
            return getTranslation("kind." + value);
        }
        if (value instanceof List<?> list) {
            return list.stream().map(o -> o instanceof org.galley.article.Paragraph p ? p.text() : String.valueOf(o))
                    .collect(Collectors.joining(ThreeWayMerge.PARAGRAPHS.equals(field) ? "\n\n" : ", "));
        }
        return String.valueOf(value);
    }

    private static String fields(com.vaadin.flow.component.Component c, List<String> names) {
        return names.stream().map(n -> c.getTranslation("field." + n))
                .collect(Collectors.joining(c.getTranslation("history.summary.separator")));
    }
}
