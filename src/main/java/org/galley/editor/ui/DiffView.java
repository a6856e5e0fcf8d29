package org.galley.editor.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import org.galley.article.ArticleContent;
import org.galley.article.diff.ArticleDiff;
import org.galley.article.diff.FieldDiff;

/** Field-by-field differences, insertions and deletions marked. The diff engine escapes all text it emits. */
class DiffView extends Div {

    DiffView(ArticleContent older, ArticleContent newer) {
        addClassName("galley-diff");
        List<FieldDiff> diffs = ArticleDiff.between(older, newer);
        if (diffs.isEmpty()) {
            add(new Span(getTranslation("history.noDifference")));
            return;
        }
        for (FieldDiff d : diffs) {
            Div row = new Div();
            row.addClassName("galley-diff-field");
            Span label = new Span(getTranslation("field." + d.field()));
            label.addClassName("galley-diff-label");
            Div text = new Div();
            text.addClassName("galley-diff-text");
            if (d.tooLarge()) {
                text.setText(getTranslation("diff.tooLargeField"));
                text.addClassName("galley-diff-too-large");
                row.add(label, text);
                add(row);
                continue;
            }
            // Safe: ArticleDiff.toHtml escapes every character of article text; only its own tags remain.
            text.getElement().setProperty("innerHTML", ArticleDiff.toHtml(d.segments()));
            row.add(label, text);
            add(row);
        }
    }
}
