package org.galley.progress;

import java.util.Map;

/**
 * Counts each page's jump lines that have no partner yet (the continued-articles store does, see
 * {@link LinkedJumpCounter}); an interface so the progress package does not depend on the article package's
 * internals. Pages missing from the map have none.
 */
public interface UnlinkedJumpCounter {

    /** Page id to the number of its unlinked jumps, for the pages of one issue. */
    Map<Long, Integer> unlinkedJumpsByPage(long issueId);
}
