package org.galley.article.structure;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;
import org.galley.article.ArticleContent;
import org.galley.article.LineRef;
import org.galley.segment.Bylines;

/**
 * Which part of an article each of its raw lines holds, found by looking the line's text (whitespace removed) up
 * in the article's fields, in reading order. A line found nowhere (a jump line, a decoration, text edited away)
 * is unresolved; operations send it wherever its nearest resolved neighbour goes.
 */
final class Attribution {

    /** Where a part of an article is: a field, or paragraph {@code paragraph} of the body. */
    record Part(Field field, int paragraph) {
        static Part body(int i) {
            return new Part(null, i);
        }

        boolean isBody() {
            return field == null;
        }
    }

    /** A stretch [from, to) of a part's squashed text that a line holds. */
    record Hit(Part part, int from, int to) {
    }

    private final ArticleContent content;
    /** Every non-blank line of the article in page and line order, with its hits (empty when unresolved). */
    final Map<Line, List<Hit>> hits = new LinkedHashMap<>();
    final Map<Field, Squashed> fields = new LinkedHashMap<>();
    final List<Squashed> paragraphs = new ArrayList<>();

    private Attribution(ArticleContent content) {
        this.content = content;
    }

    static Attribution of(ArticleContent c, RawPages pages) {
        Attribution a = new Attribution(c);
        for (Field f : List.of(Field.HEADLINE, Field.KICKER, Field.SUBHEADLINE, Field.CAPTION, Field.DATELINE)) {
            a.fields.put(f, Squashed.of(f.get(c)));
        }
        StringBuilder body = new StringBuilder();
        List<Integer> starts = new ArrayList<>();
        for (String p : c.paragraphs()) {
            Squashed s = Squashed.of(p);
            a.paragraphs.add(s);
            starts.add(body.length());
            body.append(s.text());
        }
        String bodyText = body.toString();
        Map<Field, Integer> cursors = new TreeMap<>();
        int bodyCursor = 0;
        java.util.Set<String> names = new java.util.HashSet<>(c.byline().people());
        for (Line line : lines(c, pages)) {
            String raw = pages.line(line);
            String s = Squashed.squash(raw);
            List<Hit> found = new ArrayList<>();
            if (!s.isEmpty()) {
                // The dateline opens the first paragraph's line on the page: "本报讯" / "NEW-YORK, April 30.—".
                Squashed dateline = a.fields.get(Field.DATELINE);
                int dl = 0;
                if (!dateline.text().isEmpty() && s.startsWith(dateline.text()) && cursors.getOrDefault(Field.DATELINE, 0) == 0) {
                    dl = dateline.text().length();
                    found.add(new Hit(new Part(Field.DATELINE, -1), 0, dl));
                    cursors.put(Field.DATELINE, dl);
                }
                String rest = s.substring(dl);
                if (!rest.isEmpty()) {
                    Hit title = null;
                    for (Field f : List.of(Field.HEADLINE, Field.KICKER, Field.SUBHEADLINE, Field.CAPTION)) {
                        String text = a.fields.get(f).text();
                        int at = find(text, rest, cursors.getOrDefault(f, 0));
                        if (at >= 0) {
                            title = new Hit(new Part(f, -1), at, at + matched(text, rest, at));
                            cursors.put(f, title.to());
                            break;
                        }
                    }
                    if (title != null) {
                        found.add(title);
                    } else {
                        int at = find(bodyText, rest, bodyCursor);
                        if (at >= 0) {
                            int end = at + matched(bodyText, rest, at);
                            bodyCursor = end;
                            // A line the editor split between two paragraphs gives a hit in each.
                            for (int i = 0; i < starts.size(); i++) {
                                int ps = starts.get(i);
                                int pe = ps + a.paragraphs.get(i).text().length();
                                int from = Math.max(at, ps);
                                int to = Math.min(end, pe);
                                if (from < to) {
                                    found.add(new Hit(Part.body(i), from - ps, to - ps));
                                }
                            }
                        } else if (!names.isEmpty() && bylineNames(raw).stream().anyMatch(names::contains)) {
                            found.add(new Hit(new Part(Field.BYLINE, -1), 0, 0));
                        }
                    }
                }
            }
            a.hits.put(line, found);
        }
        return a;
    }

    /** The names a byline line credits, whatever their role. */
    static List<String> bylineNames(String raw) {
        var b = Bylines.parse(raw);
        List<String> all = new ArrayList<>(b.reporters());
        all.addAll(b.correspondents());
        all.addAll(b.photographers());
        return all;
    }

    /** Finds a line in a text: from the cursor on first (reading order), else anywhere; a hyphen at a line end may be gone. */
    private static int find(String text, String line, int cursor) {
        if (text.isEmpty()) {
            return -1;
        }
        int at = text.indexOf(line, Math.min(cursor, text.length()));
        if (at < 0) {
            at = text.indexOf(line);
        }
        if (at < 0 && line.length() > 1 && line.endsWith("-")) {
            at = find(text, line.substring(0, line.length() - 1), cursor);
        }
        return at;
    }

    private static int matched(String text, String line, int at) {
        return text.startsWith(line, at) ? line.length() : line.length() - 1;
    }

    /** The article's non-blank lines, in page and line order. */
    static List<Line> lines(ArticleContent c, RawPages pages) {
        List<Line> out = new ArrayList<>();
        for (Map.Entry<Long, SortedSet<Integer>> e : LineRef.numbers(c.lines()).entrySet()) {
            for (int n : e.getValue()) {
                Line l = new Line(e.getKey(), n);
                if (!pages.blank(l)) {
                    out.add(l);
                }
            }
        }
        return out;
    }

    /** The part a line holds: its first paragraph if it holds body text, else its first hit; null when unresolved. */
    Part partOf(Line l) {
        List<Hit> h = hits.get(l);
        if (h == null || h.isEmpty()) {
            return null;
        }
        return h.stream().filter(x -> x.part().isBody()).findFirst().orElse(h.get(0)).part();
    }

    ArticleContent content() {
        return content;
    }
}
