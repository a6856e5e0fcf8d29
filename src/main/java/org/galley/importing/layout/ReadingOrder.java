package org.galley.importing.layout;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
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

    /**
     * How many blocks the cuts may visit in all (a block is visited once per level of cutting it takes part in).
     * A real page (a few hundred blocks, a dense one two thousand, cut a few dozen levels deep) stays well below;
     * hostile geometry that nests one block per level (a spiral) would take time quadratic in the blocks: past
     * the budget, what is left is read by top, then left edge.
     */
    static final long WORK_BUDGET = 200_000;

    public static List<SourceBlock> order(List<SourceBlock> blocks, double pageWidth, double pageHeight) {
        List<SourceBlock> nonEmpty = blocks.stream().filter(b -> !b.lines().isEmpty()).toList();
        // OCR boxes of neighbouring columns often touch or overlap by a hair; that is not one column.
        double xSlack = Math.max(pageWidth, 1) * 0.004;
        double ySlack = Math.max(pageHeight, 1) * 0.001;
        List<SourceBlock> out = new ArrayList<>(nonEmpty.size());
        // An explicit stack, not recursion: a part's pieces are pushed last first, so they are read in order.
        Deque<List<SourceBlock>> parts = new ArrayDeque<>();
        parts.push(nonEmpty);
        long work = 0;
        while (!parts.isEmpty()) {
            List<SourceBlock> part = parts.pop();
            work += part.size();
            if (part.size() <= 1) {
                out.addAll(part);
                continue;
            }
            List<List<SourceBlock>> pieces = work > WORK_BUDGET ? List.of(part) : cut(part, xSlack, ySlack);
            if (pieces.size() > 1) {
                for (int i = pieces.size() - 1; i >= 0; i--) {
                    parts.push(pieces.get(i));
                }
            } else {
                List<SourceBlock> rest = new ArrayList<>(part);
                rest.sort(Comparator.comparingDouble(SourceBlock::top).thenComparingDouble(SourceBlock::left));
                out.addAll(rest);
            }
        }
        return out;
    }

    /** One level of cutting: columns, else bands around spanning blocks, else bands; one piece when none cuts. */
    private static List<List<SourceBlock>> cut(List<SourceBlock> blocks, double xSlack, double ySlack) {
        List<List<SourceBlock>> columns = split(blocks, SourceBlock::left, SourceBlock::right, xSlack);
        if (columns.size() > 1) {
            return columns;
        }
        List<List<SourceBlock>> around = aroundSpanning(blocks, xSlack, ySlack);
        if (around.size() > 1) {
            return around;
        }
        return split(blocks, SourceBlock::top, SourceBlock::bottom, ySlack);
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
        // Blocks by top, with the lowest bottom reached so far: whether a line y crosses a block is then a binary
        // search (the blocks starting above y - slack) and one look at how far down they reach.
        double[] tops = blocks.stream().mapToDouble(SourceBlock::top).sorted().toArray();
        List<SourceBlock> byTop = new ArrayList<>(blocks);
        byTop.sort(Comparator.comparingDouble(SourceBlock::top));
        double[] reach = new double[byTop.size()];
        double deepest = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < reach.length; i++) {
            deepest = Math.max(deepest, byTop.get(i).bottom());
            reach[i] = deepest;
        }
        List<Double> cuts = new ArrayList<>();
        for (SourceBlock wide : blocks) {
            if (wide.right() - wide.left() >= 0.55 * width) {
                for (double y : new double[]{wide.top(), wide.bottom()}) {
                    int above = firstNotBelow(tops, y - ySlack);
                    boolean clean = above == 0 || reach[above - 1] <= y + ySlack;
                    if (clean) {
                        cuts.add(y);
                    }
                }
            }
        }
        cuts.sort(null);
        double[] sortedCuts = cuts.stream().mapToDouble(Double::doubleValue).toArray();
        List<List<SourceBlock>> bands = new ArrayList<>();
        for (int i = 0; i <= cuts.size(); i++) {
            bands.add(new ArrayList<>());
        }
        for (SourceBlock b : blocks) {
            double middle = (b.top() + b.bottom()) / 2;
            // The band is the number of cuts strictly above the block's middle.
            bands.get(firstNotBelow(sortedCuts, middle)).add(b);
        }
        bands.removeIf(List::isEmpty);
        return bands;
    }

    /** The index of the first value not below {@code v} in ascending {@code values} (their count if none). */
    private static int firstNotBelow(double[] values, double v) {
        int lo = 0;
        int hi = values.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (values[mid] < v) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
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
