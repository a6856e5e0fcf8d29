package org.galley.segment;

import java.util.List;

/** Page furniture: running heads, page numbers, mastheads; not part of any article. */
public record Furniture(String text, List<LineSpan> lines) {
    public Furniture {
        lines = List.copyOf(lines);
    }
}
