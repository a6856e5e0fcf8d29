package org.galley.layout;

import java.util.List;

/**
 * Where one raw line of a page sits on the page, in the page's unit ({@link PageGeometry#unit()}).
 *
 * @param line     1-based raw line number, as in {@code line_owner} and {@code LineRef}
 * @param fontSize the line's type size in points, or null when the source does not say
 * @param blockId  the source's block (ALTO TextBlock, hOCR carea/par, PAGE TextRegion), or null
 * @param words    the line's words with their boxes, in reading order; empty when the source has none
 */
public record LineBox(int line, double x, double y, double width, double height, Double fontSize, String blockId,
                      List<WordBox> words) {
    public LineBox {
        words = words == null ? List.of() : List.copyOf(words);
    }
}
