package org.galley.importing;

import java.util.List;

/**
 * What an import stored: the issue, its new pages' ids, how many articles the segmenter proposed, and how many
 * characters no export could hold (stray control characters, noncharacters) were removed from the pages.
 */
public record ImportResult(long issueId, List<Long> pageIds, int articles, int removedCharacters) {
    public ImportResult(long issueId, List<Long> pageIds, int articles) {
        this(issueId, pageIds, articles, 0);
    }

    public int pages() {
        return pageIds.size();
    }
}
