package org.galley.publishing;

import java.time.Instant;
import java.util.List;

/** One published version of an issue: exactly which revision of each article went out, by whom, when. */
public record Publication(long id, long issueId, int version, String publishedBy, Instant publishedAt,
                          String withdrawnBy, Instant withdrawnAt, List<Entry> articles) {

    /** One article as published: the approved revision and who approved it. */
    public record Entry(long articleId, int revision, int ordinal, String approvedBy, Instant approvedAt) {
    }

    public boolean withdrawn() {
        return withdrawnAt != null;
    }
}
