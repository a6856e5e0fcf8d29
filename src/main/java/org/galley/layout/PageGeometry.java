package org.galley.layout;

import java.util.List;

/**
 * A page's coordinate space and the boxes of its raw lines. Coordinates stay in the source's unit ("pixel",
 * "mm10", "inch1200" or "pt"), origin top left, y downwards; a page image covers (0, 0, width, height).
 */
public record PageGeometry(long pageId, String unit, double width, double height, List<LineBox> lines) {
    public static final List<String> UNITS = List.of("pixel", "mm10", "inch1200", "pt");

    public PageGeometry {
        lines = List.copyOf(lines);
    }
}
