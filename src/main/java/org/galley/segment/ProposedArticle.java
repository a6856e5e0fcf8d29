package org.galley.segment;

import java.util.List;

/**
 * One proposed article. Text fields are cleaned (lines joined, justification spaces removed); {@code lines} are the
 * raw 1-based line ranges it was built from. Fields that do not apply are {@code null} or empty.
 */
public record ProposedArticle(String kind, String kicker, String headline, String subheadline, Byline byline,
                              String dateline, List<String> paragraphs, String caption, boolean continued,
                              List<LineSpan> lines) {
    public ProposedArticle {
        byline = byline == null ? Byline.empty() : byline;
        paragraphs = List.copyOf(paragraphs);
        lines = List.copyOf(lines);
    }
}
