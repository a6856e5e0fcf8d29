package org.galley.segment;

import java.util.List;

/** A block the segmenter recognised but could not attach to an article with confidence (role e.g. "byline"). */
public record Unassigned(String role, String text, List<LineSpan> lines) {
    public Unassigned {
        lines = List.copyOf(lines);
    }
}
