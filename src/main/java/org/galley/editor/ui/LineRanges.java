package org.galley.editor.ui;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.IntPredicate;
import org.galley.article.LineRef;
import org.galley.segment.LineSpan;

/** Line ranges as people read them: "[41–133]", not "[41–93, 94–133]". */
final class LineRanges {

    private LineRanges() {
    }

    /**
     * Sorts the spans and joins those that touch, overlap, or are separated only by lines for which {@code blank}
     * holds (an empty line between paragraphs is no gap in an article).
     */
    static String format(List<LineRef> refs, IntPredicate blank) {
        return ranges(refs.stream().map(r -> new int[] {r.first(), r.last()}).toList(), blank);
    }

    /** The same for a leftover's spans (the segmenter's ranges, on the page shown). */
    static String formatSpans(List<LineSpan> spans, IntPredicate blank) {
        return ranges(spans.stream().map(s -> new int[] {s.first(), s.last()}).toList(), blank);
    }

    private static String ranges(List<int[]> spans, IntPredicate blank) {
        List<int[]> merged = new ArrayList<>();
        spans.stream().sorted(Comparator.comparingInt(r -> r[0])).forEach(s -> {
            int[] last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && onlyBlankBetween(last[1], s[0], blank)) {
                last[1] = Math.max(last[1], s[1]);
            } else {
                merged.add(new int[] {s[0], s[1]});
            }
        });
        if (merged.isEmpty()) {
            return "";
        }
        List<String> parts = new ArrayList<>();
        for (int[] r : merged) {
            parts.add(r[0] == r[1] ? String.valueOf(r[0]) : r[0] + "–" + r[1]);
        }
        return "[" + String.join(", ", parts) + "]";
    }

    private static boolean onlyBlankBetween(int lastEnd, int nextStart, IntPredicate blank) {
        for (int n = lastEnd + 1; n < nextStart; n++) {
            if (!blank.test(n)) {
                return false;
            }
        }
        return true;
    }
}
