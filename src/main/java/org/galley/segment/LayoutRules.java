package org.galley.segment;

import java.util.Arrays;
import java.util.List;

/**
 * What the page's geometry says, for pages imported from a layout format (ALTO, hOCR, PAGE, PDF). Reading order is
 * the importer's (it orders lines by geometry); these rules add two kinds of evidence the text alone lacks:
 * <ul>
 * <li>Type size relative to the page's body size (the median line size): a short line set at least
 * {@link #HEADLINE_RATIO} times larger than the body is a headline or kicker, whatever its letters; a change of
 * size inside a headline group separates kicker, headline and deck.</li>
 * <li>Boundaries: a new block of the source, a move to another column (the line starts right of the middle of the
 * line above, or above it), or a vertical gap of more than a line end a unit the way a blank line does.</li>
 * </ul>
 * Lines without geometry (blank lines) change nothing; a page without any size keeps the text rules' headlines.
 */
final class LayoutRules {
    static final double HEADLINE_RATIO = 1.3;
    /** Two lines whose sizes differ by more than this ratio belong to different decks. */
    static final double DECK_RATIO = 1.15;
    /** A headline is a few words, not a paragraph set large. */
    private static final int MAX_HEADLINE_WORDS = 16;

    private LayoutRules() {
    }

    /** Attaches the geometry to the lines (same order, same count) and marks layout boundaries. */
    static void attach(List<Line> lines, List<LineGeometry> geometry) {
        for (int i = 0; i < lines.size(); i++) {
            LineGeometry g = geometry.get(i);
            if (g != null && !lines.get(i).text.isEmpty()) {
                lines.get(i).geometry = g;
                lines.get(i).size = g.fontSize() > 0 ? g.fontSize() : g.height();
            }
        }
        Line prev = null;
        for (Line l : lines) {
            if (l.geometry == null) {
                continue;
            }
            if (prev != null && isBoundary(prev, l)) {
                l.layoutBreak = true;
            }
            prev = l;
        }
    }

    /** The median size of the page's lines: its body type. */
    static double bodySize(List<Line> lines) {
        double[] s = lines.stream().filter(l -> l.size > 0).mapToDouble(l -> l.size).toArray();
        if (s.length == 0) {
            return 0;
        }
        Arrays.sort(s);
        return s[(s.length - 1) / 2]; // the lower median: on a short page the headlines must not lift it
    }

    static boolean isBoundary(Line prev, Line l) {
        LineGeometry a = prev.geometry;
        LineGeometry b = l.geometry;
        if (a.block() != null && b.block() != null && !a.block().equals(b.block())) {
            return true;
        }
        double lineHeight = Math.max(Math.max(a.height(), b.height()), 1e-9);
        if (b.y() + b.height() / 2 < a.y()) {
            return true; // back up the page: the next column
        }
        if (b.x() > a.x() + a.width() / 2 || b.x() + b.width() < a.x()) {
            return true; // beside the line above, not under it
        }
        if (b.y() - (a.y() + a.height()) > lineHeight) {
            return true; // a gap of more than a line
        }
        return ratio(prev.size, l.size) > DECK_RATIO && Math.max(prev.size, l.size) > 0;
    }

    /** Lines set clearly larger than the body, and short, are headlines (kickers, decks) whatever their letters. */
    static void markHeadlines(List<Line> lines) {
        double body = bodySize(lines);
        if (body <= 0) {
            return;
        }
        for (Line l : lines) {
            if (l.size >= body * HEADLINE_RATIO && isPlainText(l) && Words.count(l.text) <= MAX_HEADLINE_WORDS) {
                l.kind = LineKind.TITLE;
            }
        }
    }

    private static boolean isPlainText(Line l) {
        return (l.kind == LineKind.TEXT || l.kind == LineKind.TITLE) && !l.advertEnd && !l.advertStart
                && !l.datelineStart && !l.punctuationOnly && !l.fragment;
    }

    private static double ratio(double a, double b) {
        if (a <= 0 || b <= 0) {
            return 1;
        }
        return a > b ? a / b : b / a;
    }

    /** Mean size of each block of a headline group (0 when a block has no size). */
    static double[] blockSizes(Unit u) {
        int blocks = 0;
        for (int i = 0; i < u.lines.size(); i++) {
            if (i == 0 || u.breakBefore.get(i)) {
                blocks++;
            }
        }
        double[] sum = new double[blocks];
        int[] n = new int[blocks];
        int b = -1;
        for (int i = 0; i < u.lines.size(); i++) {
            if (i == 0 || u.breakBefore.get(i)) {
                b++;
            }
            if (u.lines.get(i).size > 0) {
                sum[b] += u.lines.get(i).size;
                n[b]++;
            }
        }
        for (int i = 0; i < blocks; i++) {
            sum[i] = n[i] == 0 ? 0 : sum[i] / n[i];
        }
        return sum;
    }
}
