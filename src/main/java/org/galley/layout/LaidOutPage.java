package org.galley.layout;

import java.util.List;

/**
 * What an import from a layout format stores beside the page's raw text. The boxes' line numbers refer to the
 * raw text the importer derived (in reading order); image may be null.
 */
public record LaidOutPage(SourceFile source, String unit, double width, double height, List<LineBox> lines,
                          PageImage image) {
    public LaidOutPage {
        lines = List.copyOf(lines);
    }
}
