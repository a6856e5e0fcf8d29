package org.galley.importing;

import java.util.List;
import org.galley.layout.LaidOutPage;
import org.galley.segment.LineGeometry;

/**
 * A page ready to store: its raw text and how it was read, and for a layout format its geometry (one entry per
 * raw line, for the segmenter) and what the layout store keeps (original file, boxes, image); both null for text.
 */
record PreparedPage(String name, Integer pageNumber, String text, String encoding, List<LineGeometry> geometry,
                    LaidOutPage layout) {
}
