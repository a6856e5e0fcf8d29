package org.galley.article;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * An inclusive range of 1-based raw line numbers on one page. Carrying the page lets an article hold lines of
 * several pages (a merge across pages of one issue, and later articles continued on another page).
 */
public record LineRef(long pageId, int first, int last) {

    /** The line numbers per page of a list of ranges. */
    public static Map<Long, SortedSet<Integer>> numbers(Collection<LineRef> refs) {
        Map<Long, SortedSet<Integer>> out = new TreeMap<>();
        for (LineRef r : refs) {
            SortedSet<Integer> set = out.computeIfAbsent(r.pageId(), p -> new TreeSet<>());
            for (int n = r.first(); n <= r.last(); n++) {
                set.add(n);
            }
        }
        return out;
    }

    /** The fewest ranges covering exactly the given lines, page by page, in page id and line order. */
    public static List<LineRef> compact(Map<Long, ? extends Collection<Integer>> lines) {
        List<LineRef> out = new ArrayList<>();
        new TreeMap<>(lines).forEach((page, numbers) -> {
            Integer start = null;
            Integer prev = null;
            for (int n : new TreeSet<>(numbers)) {
                if (prev != null && n == prev + 1) {
                    prev = n;
                    continue;
                }
                if (start != null) {
                    out.add(new LineRef(page, start, prev));
                }
                start = n;
                prev = n;
            }
            if (start != null) {
                out.add(new LineRef(page, start, prev));
            }
        });
        return out;
    }

    public static List<LineRef> compact(long pageId, Collection<Integer> lines) {
        return compact(Map.of(pageId, lines));
    }
}
