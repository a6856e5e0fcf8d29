package org.galley.importing.layout;

import java.util.List;

/**
 * One page as a layout file describes it, blocks in the file's order.
 *
 * @param unit      "pixel", "mm10", "inch1200" or "pt"
 * @param ordered   true when the file states a reading order (PAGE XML's ReadingOrder) that is kept as given
 */
public record SourcePage(LayoutFormat format, String unit, double width, double height, List<SourceBlock> blocks,
                         boolean ordered) {
    public SourcePage {
        blocks = List.copyOf(blocks);
    }
}
