package org.galley.article;

import java.time.Instant;

/**
 * An article as it stands now: where it is on the page, its workflow state (with the note that came with a
 * rejection or exclusion, cleared on resubmission), and its current revision's content.
 */
public record Article(long id, long issueId, long pageId, int pageNumber, int position, int revision,
                      ArticleState state, Integer approvedRevision, int version, String updatedBy, Instant updatedAt,
                      ArticleContent content, String stateNote) {
}
