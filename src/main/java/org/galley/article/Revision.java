package org.galley.article;

import java.time.Instant;

/** One stored revision of an article: who, when, why, and the whole content. Never changes. */
public record Revision(long articleId, int number, String author, Instant createdAt, Origin origin, String note,
                       ArticleContent content) {
}
