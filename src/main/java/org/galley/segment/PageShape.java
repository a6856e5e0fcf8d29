package org.galley.segment;

import java.util.List;

/** Page-wide layout facts the rules depend on. */
final class PageShape {
    private PageShape() {
    }

    /**
     * Whether the page separates its blocks with blank lines (most extracted PDF text) or not (much OCR text). Only
     * on pages without them do short lines end paragraphs.
     */
    static boolean blankSeparated(List<Line> lines) {
        int blank = 0;
        int text = 0;
        for (Line l : lines) {
            if (l.text.isEmpty()) {
                blank++;
            } else {
                text++;
            }
        }
        return blank * 10 >= text;
    }
}
