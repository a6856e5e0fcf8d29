package org.galley.importing.layout;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * Reading order from geometry alone, by recursive XY-cut: a set of blocks is first cut into columns where a
 * vertical strip of white runs through all of them (read left to right), and, when no such strip exists (a
 * headline or a masthead spans the columns), into bands where a horizontal strip of white does (read top to
 * bottom). Each part is cut again the same way. A spanning headline therefore forms its own band above the
 * columns under it and is read before them, while columns that run the page's height are never interleaved.
 * Blocks that cannot be cut apart (they overlap both ways) are read by their top, then their left edge.
 */
public final class ReadingOrder {

    private ReadingOrder() {
    }

    public static List<SourceBlock> order(List<SourceBlock> blocks, double pageWidth, double pageHeight) {
        List<SourceBlock> nonEmpty = blocks.stream().filter(b -> !b.lines().isEmpty()).toList();
        // OCR boxes of neighbouring columns often touch or overlap by a hair; that is not one column.
        double xSlack = Math.max(pageWidth, 1) * 0.004;
        double ySlack = Math.max(pageHeight, 1) * 0.001;
        List<SourceBlock> out = new ArrayList<>(nonEmpty.size());
        cut(nonEmpty, xSlack, ySlack, out);
        return out;
    }

    private static void cut(List<SourceBlock> blocks, double xSlack, double ySlack, List<SourceBlock> out) {
        if (blocks.size() <= 1) {
            out.addAll(blocks);
            return;
        }
        List<List<SourceBlock>> columns = split(blocks, SourceBlock::left, SourceBlock::right, xSlack);
        if (columns.size() > 1) {
            columns.forEach(c -> cut(c, xSlack, ySlack, out));
            return;
        }
        List<List<SourceBlock>> around = aroundSpanning(blocks, xSlack, ySlack);
        if (around.size() > 1) {
            around.forEach(b -> cut(b, xSlack, ySlack, out));
            return;
        }
        List<List<SourceBlock>> bands = split(blocks, SourceBlock::top, SourceBlock::bottom, ySlack);
        if (bands.size() > 1) {
            bands.forEach(b -> cut(b, xSlack, ySlack, out));
            return;
        }
        List<SourceBlock> rest = new ArrayList<>(blocks);
        rest.sort(Comparator.comparingDouble(SourceBlock::top).thenComparingDouble(SourceBlock::left));
        out.addAll(rest);
    }

    /**
     * When a few wide blocks (headlines, a footer) keep columns from being cut apart, cuts the page just above and
     * below each of them, where no other block is crossed, so the columns between them stay whole. Cutting at
     * every white horizontal strip instead would read the columns band by band, interleaved.
     */
    private static List<List<SourceBlock>> aroundSpanning(List<SourceBlock> blocks, double xSlack, double ySlack) {
        double left = blocks.stream().mapToDouble(SourceBlock::left).min().orElse(0);
        double right = blocks.stream().mapToDouble(SourceBlock::right).max().orElse(0);
        double width = right - left;
        List<SourceBlock> narrow = blocks.stream().filter(b -> b.right() - b.left() < 0.55 * width).toList();
        if (narrow.size() == blocks.size() || split(narrow, SourceBlock::left, SourceBlock::right, xSlack).size() < 2) {
            return List.of(blocks);
        }
        List<Double> cuts = new ArrayList<>();
        for (SourceBlock wide : blocks) {
            if (wide.right() - wide.left() >= 0.55 * width) {
                for (double y : new double[]{wide.top(), wide.bottom()}) {
                    boolean clean = blocks.stream().noneMatch(b -> b.top() < y - ySlack && b.bottom() > y + ySlack);
                    if (clean) {
                        cuts.add(y);
                    }
                }
            }
        }
        cuts.sort(null);
        List<List<SourceBlock>> bands = new ArrayList<>();
        for (int i = 0; i <= cuts.size(); i++) {
            bands.add(new ArrayList<>());
        }
        for (SourceBlock b : blocks) {
            double middle = (b.top() + b.bottom()) / 2;
            int band = 0;
            while (band < cuts.size() && middle > cuts.get(band)) {
                band++;
            }
            bands.get(band).add(b);
        }
        bands.removeIf(List::isEmpty);
        return bands;
    }

    /** Groups blocks whose projections on one axis overlap (by more than the slack), in axis order. */
    private static List<List<SourceBlock>> split(List<SourceBlock> blocks, ToDoubleFunction<SourceBlock> start,
                                                 ToDoubleFunction<SourceBlock> end, double slack) {
        List<SourceBlock> sorted = new ArrayList<>(blocks);
        sorted.sort(Comparator.comparingDouble(start).thenComparingDouble(end));
        List<List<SourceBlock>> groups = new ArrayList<>();
        List<SourceBlock> current = new ArrayList<>();
        double reach = Double.NEGATIVE_INFINITY;
        for (SourceBlock b : sorted) {
            if (!current.isEmpty() && start.applyAsDouble(b) >= reach - slack) {
                groups.add(current);
                current = new ArrayList<>();
                reach = Double.NEGATIVE_INFINITY;
            }
            current.add(b);
            reach = Math.max(reach, end.applyAsDouble(b));
        }
        groups.add(current);
        // Keep each group in the order the blocks came (the file's order within a part is a tie-breaker only).
        return groups;
    }
}
