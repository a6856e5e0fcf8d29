package org.galley.publishing.export;

import java.time.Instant;
import java.util.List;
import org.galley.article.ArticleContent;

/**
 * One published article: the approved revision's content, where it stood in print, and who approved it.
 * {@code pages} are the pages its text is on, in order: more than one for an article continued on another page.
 */
public record ExportArticle(long articleId, int revision, int pageNumber, String section, int position,
                            ArticleContent content, Instant approvedAt, String approvedBy, List<Integer> pages) {
    public ExportArticle {
        pages = pages == null || pages.isEmpty() ? List.of(pageNumber) : List.copyOf(pages);
    }

    /** An article on one page. */
    public ExportArticle(long articleId, int revision, int pageNumber, String section, int position,
                         ArticleContent content, Instant approvedAt, String approvedBy) {
        this(articleId, revision, pageNumber, section, position, content, approvedAt, approvedBy, List.of(pageNumber));
    }
}
