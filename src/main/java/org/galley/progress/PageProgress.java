package org.galley.progress;

import java.time.Instant;
import java.util.Map;

/**
 * What is left on one page: its articles by workflow state (furniture and merged-away articles left out), raw lines
 * still unassigned (owned by the page's leftovers), unlinked jumps of its live articles (see
 * {@link UnlinkedJumpCounter}), who last changed an article there or finished the page, who finished it last, and who
 * holds it now.
 */
public record PageProgress(long pageId, int pageNumber, Map<String, Integer> articlesByState, int unassignedLines,
                           int unlinkedJumps, String lastWorkedBy, Instant lastWorkedAt, String finishedBy,
                           Instant finishedAt, String claimedBy) {

    public int articles() {
        return articlesByState.values().stream().mapToInt(Integer::intValue).sum();
    }

    public int count(String state) {
        return articlesByState.getOrDefault(state, 0);
    }

    /**
     * Whether someone still has something to do here. For a corrector: articles not yet corrected (draft or sent
     * back), unassigned lines or unlinked jumps; an editor also approves, so corrected articles count for them too.
     */
    public boolean needsWork(boolean editor) {
        return count("DRAFT") + count("REJECTED") > 0 || (editor && count("CORRECTED") > 0) || unassignedLines > 0
                || unlinkedJumps > 0;
    }
}
