package org.galley.workflow;

import java.util.List;

/**
 * The result of approving several articles at once: those approved (at the revision asked for) and those left
 * out, each with why. Reasons: {@code changed} (its current revision is not the one asked for: someone saved
 * since the list was loaded), {@code state} (approved already, or excluded), {@code merged} (merged into another).
 */
public record BulkApproval(List<Approved> approved, List<Skipped> skipped) {

    /** One article and the revision it was seen at. */
    public record Request(long id, int revision) {
    }

    public record Approved(long id, int revision) {
    }

    /**
     * @param currentRevision the article's current revision (for {@code changed})
     * @param state           its state now
     */
    public record Skipped(long id, String reason, int currentRevision, String state) {
    }

    /** The most articles one request may approve: more than the largest issue holds, far less than could hurt. */
    public static final int MAX = 1_000;
}
