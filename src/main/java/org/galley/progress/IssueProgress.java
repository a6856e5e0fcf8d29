package org.galley.progress;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The progress of one issue: each page in page order, and the totals over them. */
public record IssueProgress(long issueId, List<PageProgress> pages) {

    public Map<String, Integer> articlesByState() {
        Map<String, Integer> all = new TreeMap<>();
        pages.forEach(p -> p.articlesByState().forEach((s, n) -> all.merge(s, n, Integer::sum)));
        return all;
    }

    public int articles() {
        return pages.stream().mapToInt(PageProgress::articles).sum();
    }

    public int unassignedLines() {
        return pages.stream().mapToInt(PageProgress::unassignedLines).sum();
    }

    public int unlinkedJumps() {
        return pages.stream().mapToInt(PageProgress::unlinkedJumps).sum();
    }

    public Totals totals() {
        return new Totals(articlesByState(), unassignedLines());
    }

    /** Figures for an issue as a whole (the issues list): enough for its progress bar. */
    public record Totals(Map<String, Integer> articlesByState, int unassignedLines) {

        public int articles() {
            return articlesByState.values().stream().mapToInt(Integer::intValue).sum();
        }

        /** Articles that need nothing more before publishing: approved or excluded. */
        public int done() {
            return articlesByState.getOrDefault("APPROVED", 0) + articlesByState.getOrDefault("EXCLUDED", 0);
        }

        /** Done articles over all articles, 0 for an issue without articles. */
        public double fraction() {
            return articles() == 0 ? 0 : (double) done() / articles();
        }
    }
}
