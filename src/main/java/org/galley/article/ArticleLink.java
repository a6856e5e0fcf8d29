package org.galley.article;

/**
 * A live link between the parts of a continued article: {@code partId} (on {@code partPageNumber}) is merged into
 * {@code articleId} while linked. {@code toLine}/{@code fromLine} are the jump lines it joins, or 0 when linked by
 * hand without one.
 */
public record ArticleLink(long id, long issueId, long articleId, long partId, long partPageId, int partPageNumber,
                          int toLine, int fromLine, String origin) {
}
