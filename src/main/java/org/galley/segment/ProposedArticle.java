package org.galley.segment;

import java.util.List;

/**
 * One proposed article. Text fields are cleaned (lines joined, justification spaces removed); {@code lines} are the
 * raw 1-based line ranges it was built from. Fields that do not apply are {@code null} or empty.
 *
 * @param paragraphRoles one role per paragraph: {@link #TEXT} or {@link #CROSSHEAD} (a sub-head inside the text,
 *                       kept as a paragraph of its own)
 * @param jumps          the article's jump lines, in page order
 */
public record ProposedArticle(String kind, String kicker, String headline, String subheadline, Byline byline,
                              String dateline, List<String> paragraphs, String caption, boolean continued,
                              List<LineSpan> lines, List<String> paragraphRoles, List<Jump> jumps) {
    public static final String TEXT = "text";
    public static final String CROSSHEAD = "crosshead";

    public ProposedArticle {
        byline = byline == null ? Byline.empty() : byline;
        paragraphs = List.copyOf(paragraphs);
        lines = List.copyOf(lines);
        if (paragraphRoles == null || paragraphRoles.size() != paragraphs.size()) {
            paragraphRoles = java.util.Collections.nCopies(paragraphs.size(), TEXT);
        }
        paragraphRoles = List.copyOf(paragraphRoles);
        jumps = jumps == null ? List.of() : List.copyOf(jumps);
    }

    public ProposedArticle(String kind, String kicker, String headline, String subheadline, Byline byline,
                           String dateline, List<String> paragraphs, String caption, boolean continued,
                           List<LineSpan> lines) {
        this(kind, kicker, headline, subheadline, byline, dateline, paragraphs, caption, continued, lines, null,
                null);
    }
}
