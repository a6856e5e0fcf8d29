package org.galley.segment;

import java.util.Arrays;
import java.util.List;

/**
 * OCR of old English pages cuts slivers off the neighbouring column and sets them between blank lines inside a
 * column of text: runs of line ends ({@code ing the day}, {@code tho: oft}). A block of at least two text lines,
 * three in four of them under half the page's typical line length, with text of full width on both sides (above and
 * below, skipping blank lines), is such a sliver. Its lines are kept (an editor sees them as unassigned text) but
 * are no article and do not end the text they interrupt.
 */
final class ColumnFragments {
    private static final int MIN_WIDTH = 20;

    /**
     * An English "article" whose headline stands over fewer characters of text than this is debris: a masthead
     * line in capitals over a word of the motto, a cut-off line end of the next column read as a heading, a lone
     * sliver between two rules. A brief of the period, however short, runs to two lines of type.
     */
    static final int MIN_TITLED_CHARS = 80;

    private ColumnFragments() {
    }

    /** A headline over so little text that it is no article (see {@link #MIN_TITLED_CHARS}). */
    static boolean isDebris(int bodyChars) {
        return bodyChars < MIN_TITLED_CHARS;
    }

    static void mark(List<Line> lines) {
        int width = medianTextWidth(lines);
        if (width < MIN_WIDTH) {
            return;
        }
        int i = 0;
        while (i < lines.size()) {
            if (lines.get(i).kind != LineKind.TEXT) {
                i++;
                continue;
            }
            int j = i;
            int narrow = 0;
            while (j < lines.size() && lines.get(j).kind == LineKind.TEXT) {
                if (lines.get(j).visibleLength() * 2 < width) {
                    narrow++;
                }
                j++;
            }
            int n = j - i;
            if (n >= 2 && narrow * 4 >= n * 3 && isWide(lines, i, -1, width) && isWide(lines, j - 1, 1, width)) {
                for (int k = i; k < j; k++) {
                    lines.get(k).fragment = true;
                }
            }
            i = j;
        }
    }

    /** The nearest non-blank line from {@code i} in direction {@code step} is running text of full width. */
    private static boolean isWide(List<Line> lines, int i, int step, int width) {
        for (int k = i + step; k >= 0 && k < lines.size(); k += step) {
            Line l = lines.get(k);
            if (l.kind == LineKind.BLANK || l.kind == LineKind.NOISE) {
                continue;
            }
            return l.kind == LineKind.TEXT && l.visibleLength() * 10 >= width * 8;
        }
        return false;
    }

    /** Median visible length of the page's text lines. */
    static int medianTextWidth(List<Line> lines) {
        int[] w = new int[lines.size()];
        int n = 0;
        for (Line l : lines) {
            if (l.kind == LineKind.TEXT) {
                w[n++] = l.visibleLength();
            }
        }
        w = Arrays.copyOf(w, n);
        Arrays.sort(w);
        return w.length == 0 ? 0 : w[w.length / 2];
    }
}
