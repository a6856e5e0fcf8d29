package org.galley.editor.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;
import org.galley.article.Article;

/** One article of the page as a card: title, byline, kind, state, revision and lines; tinted like its lines. */
final class ArticleCard extends Div {

    final long articleId;

    ArticleCard(Article a, int hue, IntPredicate blankLine) {
        this.articleId = a.id();
        addClassName("galley-card");
        setId("card-" + a.id());
        // A stable hook for browser tests and later checks, independent of layout and language.
        getElement().setAttribute("data-article-id", String.valueOf(a.id()));
        getStyle().set("--hue", String.valueOf(hue));
        getElement().setAttribute("tabindex", "0");
        Span title = new Span(a.content().title().isBlank() ? getTranslation("editor.untitled") : a.content().title());
        title.addClassName("galley-card-title");
        List<String> people = new ArrayList<>(a.content().byline().reporters());
        people.addAll(a.content().byline().correspondents());
        people.addAll(a.content().byline().photographers());
        Span byline = new Span(String.join(" ", people));
        byline.addClassName("galley-card-byline");
        Span meta = new Span(getTranslation("editor.cardMeta", getTranslation("kind." + PageEditorView.kindKey(a.content().kind())),
                a.content().paragraphs().size(), getTranslation("state." + a.state().name()), a.revision(),
                LineRanges.format(a.content().lines(), blankLine)));
        meta.addClassName("galley-card-meta");
        add(title, byline, meta);
        // A rejection or exclusion note is shown where the corrector looks first.
        StateNote.addTo(this, a);
    }
}
