package org.galley.editor.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import org.galley.article.EditConflictException;

/**
 * Someone saved first. Shows what differs between their revision and the unsaved text, and lets the user
 * take theirs, keep mine (saved on top of theirs), or merge by hand in the editor.
 */
class ConflictDialog extends Dialog {

    ConflictDialog(EditConflictException conflict, ArticleEditor editor) {
        setHeaderTitle(getTranslation("conflict.title"));
        setWidth("min(1000px, 95vw)");
        setId("conflict");
        add(new Paragraph(getTranslation("conflict.explain", conflict.theirs().author(), conflict.theirs().number(),
                conflict.baseRevision())));
        add(new H3(getTranslation("conflict.differences")));
        add(new DiffView(conflict.theirs().content(), conflict.yours()));

        Button takeTheirs = new Button(getTranslation("conflict.takeTheirs"), e -> {
            editor.load(conflict.theirs().content(), conflict.theirs().number());
            close();
        });
        takeTheirs.setId("take-theirs");
        Button keepMine = new Button(getTranslation("conflict.keepMine"), e -> {
            editor.rebase(conflict.theirs().number());
            close();
            editor.save();
        });
        keepMine.setId("keep-mine");
        keepMine.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button merge = new Button(getTranslation("conflict.merge"), e -> {
            // The editor keeps my text; the next save builds on their revision.
            editor.rebase(conflict.theirs().number());
            close();
        });
        merge.setId("merge-by-hand");
        getFooter().add(takeTheirs, merge, keepMine);
    }
}
