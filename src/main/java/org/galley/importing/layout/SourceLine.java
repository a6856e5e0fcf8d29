package org.galley.importing.layout;

import java.util.List;
import org.galley.layout.WordBox;

/**
 * One text line as a layout file gives it, in the page's unit.
 *
 * @param fontSize type size in points, or null when the file does not say
 * @param sizeHint a size comparable across the page's lines when no point size is known (an hOCR x_size, the
 *                 line's height), else the point size; 0 when unknown
 */
public record SourceLine(String text, double x, double y, double width, double height, Double fontSize,
                         double sizeHint, List<WordBox> words) {
    public SourceLine {
        words = words == null ? List.of() : List.copyOf(words);
    }
}
