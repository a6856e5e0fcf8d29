package org.galley.segment;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Raw line ranges of units, merged across the blank and noise lines between them. */
final class Spans {
    /** gap[n]: raw line n is blank or noise, so ranges on either side of it merge. */
    private final boolean[] gap;

    Spans(List<Line> lines) {
        gap = new boolean[lines.size() + 2];
        for (Line l : lines) {
            gap[l.number] = l.kind == LineKind.BLANK || l.kind == LineKind.NOISE;
        }
    }

    List<LineSpan> of(List<Unit> units) {
        int count = 0;
        for (Unit u : units) {
            count += u.lines.size();
        }
        int[] numbers = new int[count];
        int k = 0;
        for (Unit u : units) {
            for (Line l : u.lines) {
                numbers[k++] = l.number;
            }
        }
        Arrays.sort(numbers);
        List<LineSpan> out = new ArrayList<>();
        int i = 0;
        while (i < numbers.length) {
            int first = numbers[i];
            int last = first;
            i++;
            while (i < numbers.length && bridged(last, numbers[i])) {
                last = numbers[i];
                i++;
            }
            out.add(new LineSpan(first, last));
        }
        return out;
    }

    private boolean bridged(int last, int next) {
        for (int n = last + 1; n < next; n++) {
            if (!gap[n]) {
                return false;
            }
        }
        return true;
    }
}
