package org.galley.revise;

import java.time.Instant;
import java.util.List;

/**
 * A find and replace across an issue as one reviewable change (or the revert of one): who, when, what was found
 * and put instead, the note every revision carries, and each article it wrote with its revision before and after.
 *
 * @param reverts    for a revert, the change set it undid
 * @param revertedBy for a replace that has been reverted, the revert's id
 */
public record ChangeSet(long id, long issueId, Kind kind, String actor, Instant createdAt, String find, String replace,
                        boolean wholeWord, boolean matchCase, String note, Long reverts, Long revertedBy,
                        List<Entry> articles) {

    public enum Kind { REPLACE, REVERT }

    public record Entry(long articleId, int revisionBefore, int revisionAfter) {
    }

    /**
     * What applying (or reverting) did: the change set written (null when nothing was written) and the articles
     * left out. Reasons: {@code changed} (saved by someone since the preview, or since the change set for a revert),
     * {@code merged}, {@code unchanged} (the replacement gave the same text).
     */
    public record Result(ChangeSet changeSet, List<Skipped> skipped) {
    }

    public record Skipped(long articleId, String title, String reason, int currentRevision) {
    }
}
