package org.galley.editor.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.galley.article.Article;
import org.galley.article.ArticleLink;
import org.galley.article.LineRef;
import org.galley.article.UnlinkedJump;
import org.galley.editor.EditorService;
import org.galley.issue.Page;

/**
 * Continued articles in the page editor: where a card's article continues (a link to that page), the link and
 * unlink dialogs, and the issue's jump lines no link joins yet, each with the articles it could be linked with.
 */
final class ContinuedParts {

    private ContinuedParts() {
    }

    /**
     * Adds to the card the other pages the article's text is on, each a link to that page, or else the direction
     * of a jump line it owns that no link joins ({@code openJumps}: article id to "to" or "from"). The segmenter's
     * {@code continued} flag alone (a text that stops mid-sentence) says nothing here: without a jump line there is
     * no page to link, and on OCR'd pages the flag is on half the cards.
     */
    static void addTo(ArticleCard card, Article a, Page page, EditorService editor, Map<Long, String> openJumps) {
        TreeSet<Long> others = new TreeSet<>(LineRef.numbers(a.content().lines()).keySet());
        others.remove(page.id());
        Div where = new Div();
        where.addClassName("galley-card-parts");
        if (!others.isEmpty()) {
            Map<Long, Integer> numbers = editor.pageNumbers(page.issueId());
            for (long other : others) {
                int n = numbers.getOrDefault(other, 0);
                String key = n > page.pageNumber() ? "link.card.continuesOn" : "link.card.continuedFrom";
                RouterLink to = new RouterLink(card.getTranslation(key, n), PageEditorView.class,
                        new RouteParameters("pageId", String.valueOf(other)));
                to.setQueryParameters(QueryParameters.of("article", String.valueOf(a.id())));
                to.setId("card-" + a.id() + "-page-" + n);
                to.addClassName("galley-card-part");
                where.add(to);
            }
        } else if (openJumps.containsKey(a.id())) {
            Span open = new Span(card.getTranslation(org.galley.article.JumpLine.TO.equals(openJumps.get(a.id()))
                    ? "link.card.notLinked" : "link.card.notLinkedFrom"));
            open.addClassName("galley-card-part");
            where.add(open);
        }
        if (where.getComponentCount() > 0) {
            card.add(where);
        }
    }

    /** Link: the other part is chosen among the issue's articles on other pages, jump partners first. */
    static void linkDialog(PageEditorView view, EditorService editor, Article a) {
        long issueId = view.layout.page().issueId();
        List<Long> suggested = new ArrayList<>();
        for (UnlinkedJump j : editor.unlinkedJumps(issueId)) {
            if (j.articleId() != null && j.articleId() == a.id()) {
                j.candidates().forEach(c -> suggested.add(c.articleId()));
            }
        }
        List<Article> others = new ArrayList<>(editor.issueArticles(issueId).stream()
                .filter(x -> x.id() != a.id() && x.pageNumber() != a.pageNumber()).toList());
        others.sort(Comparator.comparingInt((Article x) -> suggested.contains(x.id()) ? suggested.indexOf(x.id()) : Integer.MAX_VALUE)
                .thenComparingInt(Article::pageNumber).thenComparingInt(Article::position));
        if (others.isEmpty()) {
            Notification.show(view.getTranslation("link.noOtherPages"));
            return;
        }
        Select<Article> target = new Select<>();
        target.setId("link-target");
        target.setLabel(view.getTranslation("link.target"));
        target.setWidthFull();
        target.setItems(others);
        target.setItemLabelGenerator(x -> view.getTranslation("link.articleOnPage", x.pageNumber(),
                x.content().title().isBlank() ? view.getTranslation("editor.untitled") : x.content().title()));
        if (!suggested.isEmpty()) {
            target.setValue(others.get(0));
        }
        EditorDialogs.confirm(view, view.getTranslation("editor.op.link"), target, () -> {
            Article other = target.getValue();
            if (other == null) {
                Notification.show(view.getTranslation("editor.chooseTarget"));
                return;
            }
            view.actions.run(() -> view.selected = editor.link(a.id(), a.revision(), other.id(), other.revision()).id(), "link.done.link");
        });
    }

    /** Unlink: the part to give back, when the article has several. */
    static void unlinkDialog(PageEditorView view, EditorService editor, Article a) {
        List<ArticleLink> parts = editor.partsOf(a.id());
        if (parts.isEmpty()) {
            Notification.show(view.getTranslation("link.notLinked"));
            return;
        }
        Select<ArticleLink> which = new Select<>();
        which.setId("unlink-part");
        which.setLabel(view.getTranslation("link.part"));
        which.setWidthFull();
        which.setItems(parts);
        which.setItemLabelGenerator(l -> view.getTranslation("link.partOnPage", l.partPageNumber()));
        which.setValue(parts.get(0));
        EditorDialogs.confirm(view, view.getTranslation("editor.op.unlink"), which, () -> {
            ArticleLink l = which.getValue();
            view.actions.run(() -> editor.unlink(a.id(), l.partId()), "link.done.unlink");
        });
    }

    /** The issue's jump lines no link joins, each with a button per article it could be linked with. */
    static void jumpsDialog(PageEditorView view, EditorService editor) {
        Dialog d = new Dialog();
        d.setId("jumps-dialog");
        d.setHeaderTitle(view.getTranslation("editor.op.jumps"));
        d.setWidth("min(56em, 94vw)");
        List<UnlinkedJump> jumps = editor.unlinkedJumps(view.layout.page().issueId());
        if (jumps.isEmpty()) {
            d.add(new Paragraph(view.getTranslation("link.noUnlinkedJumps")));
        }
        for (UnlinkedJump j : jumps) {
            Div row = new Div();
            row.addClassName("galley-jump");
            row.setId("jump-" + j.pageNumber() + "-" + j.line());
            String where = view.getTranslation("link.jumpAt", j.pageNumber(), j.line(), j.text());
            String owner = j.articleId() == null ? view.getTranslation("link.jumpNoArticle")
                    : j.articleTitle() == null || j.articleTitle().isBlank() ? view.getTranslation("editor.untitled") : j.articleTitle();
            row.add(new Paragraph(where + " · " + owner));
            if (j.articleId() != null) {
                for (UnlinkedJump.Candidate c : j.candidates()) {
                    Button link = new Button(view.getTranslation("link.with", c.pageNumber(),
                            c.title().isBlank() ? view.getTranslation("editor.untitled") : c.title()), e -> {
                        d.close();
                        view.actions.run(() -> editor.linkCurrent(j.articleId(), c.articleId()), "link.done.link");
                    });
                    link.setId("link-jump-" + j.pageNumber() + "-" + j.line() + "-" + c.articleId());
                    link.addThemeVariants(ButtonVariant.LUMO_SMALL);
                    row.add(link);
                }
                if (j.candidates().isEmpty()) {
                    row.add(new Span(view.getTranslation("link.noCandidates")));
                }
            }
            d.add(row);
        }
        Button close = new Button(view.getTranslation("common.close"), e -> d.close());
        close.setId("jumps-close");
        d.getFooter().add(close);
        d.open();
    }
}
