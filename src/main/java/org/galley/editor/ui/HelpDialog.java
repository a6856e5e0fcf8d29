package org.galley.editor.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import org.galley.security.Role;

/** The shortcuts the user's role has, from {@link EditorOperation#TABLE}, grouped as in the toolbar. */
final class HelpDialog extends Dialog {

    /** {@code withScan}: the page has a scan, so its zoom keys are listed; on a text-only page they do nothing. */
    HelpDialog(Role role, boolean withScan) {
        setId("help-dialog");
        setHeaderTitle(getTranslation("editor.help.title"));
        EditorOperation.Group group = null;
        Div table = null;
        for (EditorOperation op : EditorOperation.visibleTo(role)) {
            if (op.group() == EditorOperation.Group.IMAGE && !withScan) {
                continue;
            }
            if (op.group() != group) {
                group = op.group();
                add(new H4(getTranslation(group == EditorOperation.Group.ARTICLE ? "editor.group.article" : "editor.group." + group.name().toLowerCase())));
                table = new Div();
                table.addClassName("galley-help-keys");
                add(table);
            }
            table.add(row(op.shortcut(), getTranslation(op.labelKey()), "help-" + op.id()));
        }
        add(new H4(getTranslation("editor.help.general")));
        Div general = new Div(row("Ctrl+S", getTranslation("editor.save"), "help-save"),
                row("?", getTranslation("editor.help.title"), "help-help"));
        general.addClassName("galley-help-keys");
        add(general, new Paragraph(getTranslation("editor.help.lines")));
        Button close = new Button(getTranslation("common.close"), e -> close());
        close.setId("help-close");
        getFooter().add(close);
    }

    private static Div row(String keys, String label, String id) {
        Span k = new Span(keys);
        k.addClassName("galley-help-key");
        Div row = new Div(k, new Span(label));
        row.setId(id);
        row.addClassName("galley-help-row");
        return row;
    }
}
