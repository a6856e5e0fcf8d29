package org.galley.importing;

import java.util.List;

/** What an import stored: the issue, its new pages' ids, and how many articles the segmenter proposed. */
public record ImportResult(long issueId, List<Long> pageIds, int articles) {
    public int pages() {
        return pageIds.size();
    }
}
