package org.galley.article;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The one rule of a page, checked in one place after every change of structure: each non-blank raw line belongs
 * to exactly one of one live article, the page's furniture or its leftovers; and each live article's lines (in
 * its current revision) are exactly the lines the ownership table gives it. The table's primary key already
 * makes two owners impossible; this adds "no line without an owner", "no owner that was merged away" and
 * "revisions and table agree". A broken rule is a bug: the transaction is rolled back and nothing is written.
 */
final class PageInvariant {

    private PageInvariant() {
    }

    /** What is wrong with the page, or an empty list. */
    static List<String> violations(long pageId, List<String> rawLines, List<LineOwner> rows, List<Article> liveArticles,
                                   List<Long> mergedOwners) {
        List<String> problems = new ArrayList<>();
        SortedSet<Integer> nonBlank = nonBlank(rawLines);
        Map<Long, SortedSet<Integer>> byArticle = new HashMap<>();
        SortedSet<Integer> owned = new TreeSet<>();
        for (LineOwner o : rows) {
            owned.add(o.line());
            if (!nonBlank.contains(o.line())) {
                problems.add("line " + o.line() + " is blank or beyond the page but has an owner");
            }
            if (o.kind() == LineOwner.Kind.ARTICLE) {
                byArticle.computeIfAbsent(o.articleId(), a -> new TreeSet<>()).add(o.line());
            }
        }
        SortedSet<Integer> orphans = new TreeSet<>(nonBlank);
        orphans.removeAll(owned);
        if (!orphans.isEmpty()) {
            problems.add("lines " + orphans + " have no owner");
        }
        if (!mergedOwners.isEmpty()) {
            problems.add("articles " + mergedOwners + " were merged away but still own lines");
        }
        Set<Long> live = new java.util.HashSet<>();
        for (Article a : liveArticles) {
            live.add(a.id());
            SortedSet<Integer> claimed = new TreeSet<>(LineRef.numbers(a.content().lines()).getOrDefault(pageId, new TreeSet<>()));
            claimed.retainAll(nonBlank);
            SortedSet<Integer> table = byArticle.getOrDefault(a.id(), new TreeSet<>());
            if (!claimed.equals(table)) {
                problems.add("article " + a.id() + " names lines " + claimed + " but owns " + table);
            }
        }
        for (Long id : byArticle.keySet()) {
            if (!live.contains(id) && !mergedOwners.contains(id)) {
                problems.add("article " + id + " owns lines but is not a live article of the issue");
            }
        }
        return problems;
    }

    static SortedSet<Integer> nonBlank(List<String> rawLines) {
        SortedSet<Integer> out = new TreeSet<>();
        for (int i = 0; i < rawLines.size(); i++) {
            if (!rawLines.get(i).isBlank()) {
                out.add(i + 1);
            }
        }
        return out;
    }
}
