package org.galley.progress;

import java.util.Map;

/**
 * Hook for the continued-articles work (jump links, issue 12): counts each page's jump lines that have no partner
 * yet. Progress asks the one bean implementing it; while there is none, unlinked jumps are shown as unknown
 * ({@code null}), never as zero. Pages missing from the map have none.
 */
public interface UnlinkedJumpCounter {

    /** Page id to the number of its unlinked jumps, for the pages of one issue. */
    Map<Long, Integer> unlinkedJumpsByPage(long issueId);
}
