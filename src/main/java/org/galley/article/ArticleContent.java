package org.galley.article;

import java.util.List;
import org.galley.segment.Byline;
import org.galley.segment.LineSpan;

/**
 * The full content of one article revision: what the segmenter proposed, or what an editor made of it.
 * Stored whole with every revision (a snapshot), so any revision can be read, compared or restored alone.
 */
public record ArticleContent(String kind, String kicker, String headline, String subheadline, Byline byline,
                             String dateline, List<String> paragraphs, String caption, boolean continued,
                             List<LineSpan> lines) {
    public ArticleContent {
        kind = kind == null || kind.isBlank() ? "news" : kind;
        byline = byline == null ? Byline.empty() : byline;
        paragraphs = List.copyOf(paragraphs == null ? List.of() : paragraphs);
        lines = List.copyOf(lines == null ? List.of() : lines);
    }

    /** The headline, or failing that the first words of the text, for lists and titles. */
    public String title() {
        if (headline != null && !headline.isBlank()) {
            return headline;
        }
        if (caption != null && !caption.isBlank()) {
            return abbreviate(caption);
        }
        return paragraphs.isEmpty() ? "" : abbreviate(paragraphs.get(0));
    }

    private static String abbreviate(String s) {
        return s.length() <= 30 ? s : s.substring(0, 30) + "…";
    }
}
