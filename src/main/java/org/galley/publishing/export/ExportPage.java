package org.galley.publishing.export;

import java.util.List;
import org.galley.layout.PageGeometry;

/**
 * One page of a published issue for the METS/ALTO export: its raw lines (1-based line n is {@code lines[n-1]})
 * and, for pages imported with layout, the lines' boxes (null for a page imported as plain text).
 */
public record ExportPage(long pageId, int pageNumber, List<String> lines, PageGeometry geometry) {
    public ExportPage {
        lines = List.copyOf(lines);
    }
}
