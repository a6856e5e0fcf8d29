package org.galley.importing.layout;

import java.util.List;

/**
 * A block of lines as the file groups them (ALTO TextBlock, hOCR carea/par, PAGE TextRegion, a PDF paragraph),
 * with its bounding box computed once (reading order compares boxes many times).
 */
public final class SourceBlock {
    private final String id;
    private final List<SourceLine> lines;
    private final double left;
    private final double top;
    private final double right;
    private final double bottom;

    public SourceBlock(String id, List<SourceLine> lines) {
        this.id = id;
        this.lines = List.copyOf(lines);
        this.left = this.lines.stream().mapToDouble(SourceLine::x).min().orElse(0);
        this.top = this.lines.stream().mapToDouble(SourceLine::y).min().orElse(0);
        this.right = this.lines.stream().mapToDouble(l -> l.x() + l.width()).max().orElse(0);
        this.bottom = this.lines.stream().mapToDouble(l -> l.y() + l.height()).max().orElse(0);
    }

    public String id() {
        return id;
    }

    public List<SourceLine> lines() {
        return lines;
    }

    public double left() {
        return left;
    }

    public double top() {
        return top;
    }

    public double right() {
        return right;
    }

    public double bottom() {
        return bottom;
    }

    @Override
    public String toString() {
        return "SourceBlock[" + id + ", " + lines.size() + " lines]";
    }
}
