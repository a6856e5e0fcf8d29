package org.galley.publishing.export;

import org.galley.article.ArticleContent;

/**
 * Plain text: titles, byline, dateline and paragraphs separated by blank lines, then the caption; an article
 * continued on other pages ends with the pages it is on (第1、3版), as a reader of half a story would need.
 */
public final class ArticleText {

    private ArticleText() {
    }

    public static String render(ExportIssue issue, ExportArticle article) {
        ArticleContent c = article.content();
        StringBuilder sb = new StringBuilder();
        if (Texts.present(c.kicker())) {
            sb.append(c.kicker()).append('\n');
        }
        sb.append(Texts.title(c)).append('\n');
        if (Texts.present(c.subheadline())) {
            sb.append(c.subheadline()).append('\n');
        }
        String byline = Texts.bylineLine(c.byline(), Texts.chinese(issue));
        if (!byline.isEmpty()) {
            sb.append(byline).append('\n');
        }
        boolean first = true;
        for (String p : c.paragraphs()) {
            sb.append('\n');
            if (first && Texts.present(c.dateline())) {
                sb.append(c.dateline()).append(' ');
            }
            sb.append(p).append('\n');
            first = false;
        }
        if (Texts.present(c.caption())) {
            sb.append('\n').append(c.caption()).append('\n');
        }
        if (article.pages().size() > 1) {
            sb.append('\n').append(ArticleHtml.pages(issue, article)).append('\n');
        }
        return sb.toString();
    }
}
