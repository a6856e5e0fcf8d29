package org.galley.editor;

import java.util.List;
import org.galley.article.Article;
import org.galley.issue.Page;
import org.galley.segment.LineSpan;

/**
 * Everything the page editor shows for one page: the raw lines, who owns each line and in what role, the
 * articles in page order, and what is still unassigned (orphan bylines and other blocks no article covers).
 */
public record PageLayout(Page page, List<String> lines, List<LineRole> roles, List<Article> articles,
                         List<Leftover> unassigned, List<Leftover> furniture) {

    /** The article owning a raw line (null when none does) and the line's role in it. */
    public record LineRole(Long articleId, Role role) {
    }

    /** A block the segmenter left outside articles, as offered to the editor. */
    public record Leftover(int index, String role, String text, List<LineSpan> lines) {
    }

    public enum Role { KICKER, HEADLINE, SUBHEADLINE, BYLINE, DATELINE, BODY, CAPTION, FURNITURE, UNASSIGNED, BLANK }
}
