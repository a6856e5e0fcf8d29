package org.galley.publishing.export;

import java.time.Instant;
import org.galley.article.ArticleContent;

/** One published article: the approved revision's content, where it stood in print, and who approved it. */
public record ExportArticle(long articleId, int revision, int pageNumber, String section, int position,
                            ArticleContent content, Instant approvedAt, String approvedBy) {
}
