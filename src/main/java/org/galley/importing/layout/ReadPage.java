package org.galley.importing.layout;

import java.util.List;
import org.galley.layout.LaidOutPage;
import org.galley.layout.LineBox;
import org.galley.layout.PageImage;
import org.galley.layout.SourceFile;
import org.galley.segment.LineGeometry;

/**
 * A page read from a layout file: its raw text in reading order (lines of one block together, a blank line
 * between blocks), each non-blank raw line's box, and the same geometry as the segmenter takes it.
 *
 * @param geometry one entry per raw line of {@code text} (null for blank lines), for
 *                 {@link org.galley.segment.Segmenter#segment(String, String, List)}
 */
public record ReadPage(LayoutFormat format, String unit, double width, double height, String text, List<LineBox> lines,
                       List<LineGeometry> geometry) {
    public ReadPage {
        lines = List.copyOf(lines);
        geometry = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(geometry));
    }

    /** What {@link org.galley.layout.LayoutService#store} keeps for this page. */
    public LaidOutPage laidOut(SourceFile source, PageImage image) {
        return new LaidOutPage(source, unit, width, height, lines, image);
    }
}
