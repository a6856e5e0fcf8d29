package org.galley.article.diff;

import com.github.difflib.DiffUtils;
import com.github.difflib.algorithm.DiffAlgorithmListener;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Patch;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.galley.article.ArticleContent;
import org.galley.article.LineRef;
import org.jsoup.nodes.Entities;

/**
 * Field-by-field differences between two article contents: character by character for Chinese, word by word
 * for Latin text. Paragraphs are compared as one text with a visible break between them, so splitting or
 * joining a paragraph shows as a break inserted or deleted, not as whole paragraphs replaced.
 */
public final class ArticleDiff {

    /** Shown where one paragraph ends and the next begins. */
    public static final String PARAGRAPH_BREAK = "¶\n";

    private ArticleDiff() {
    }

    /**
     * Longest a comparison may compute before the fields not yet compared are answered "too large to compare".
     * A difference is worth reading in seconds, and a request must not hold a core for minutes.
     */
    public static final Duration TIME_LIMIT = Duration.ofSeconds(2);
    /** Tokens per side of one field (after the common start and end are set aside) a comparison takes on. */
    public static final int MAX_TOKENS = 100_000;

    /** Only the fields that changed (a field too large to compare counts as changed). */
    public static List<FieldDiff> between(ArticleContent older, ArticleContent newer) {
        return all(older, newer).stream().filter(FieldDiff::changed).toList();
    }

    /** The changed fields, and whether some were too large to compare: what a screen or the API shows. */
    public static Comparison compare(ArticleContent older, ArticleContent newer) {
        return new Comparison(between(older, newer));
    }

    /** Every field, changed or not, for a side-by-side view. */
    public static List<FieldDiff> all(ArticleContent a, ArticleContent b) {
        return all(a, b, TIME_LIMIT);
    }

    static List<FieldDiff> all(ArticleContent a, ArticleContent b, Duration limit) {
        long deadline = System.nanoTime() + limit.toNanos();
        List<FieldDiff> diffs = new ArrayList<>();
        diffs.add(field(deadline, "kind", a.kind(), b.kind()));
        diffs.add(field(deadline, "kicker", a.kicker(), b.kicker()));
        diffs.add(field(deadline, "headline", a.headline(), b.headline()));
        diffs.add(field(deadline, "subheadline", a.subheadline(), b.subheadline()));
        diffs.add(field(deadline, "reporters", people(a.byline().reporters()), people(b.byline().reporters())));
        diffs.add(field(deadline, "correspondents", people(a.byline().correspondents()), people(b.byline().correspondents())));
        diffs.add(field(deadline, "photographers", people(a.byline().photographers()), people(b.byline().photographers())));
        diffs.add(field(deadline, "dateline", a.dateline(), b.dateline()));
        diffs.add(field(deadline, "paragraphs", String.join(PARAGRAPH_BREAK, a.paragraphs()), String.join(PARAGRAPH_BREAK, b.paragraphs())));
        diffs.add(field(deadline, "caption", a.caption(), b.caption()));
        diffs.add(field(deadline, "continued", String.valueOf(a.continued()), String.valueOf(b.continued())));
        diffs.add(spans(a.lines(), b.lines()));
        return diffs;
    }

    public static boolean same(ArticleContent a, ArticleContent b) {
        return between(a, b).isEmpty();
    }

    /** How long one line of a history list may take to summarize: the list shows one per revision. */
    public static final Duration SUMMARY_TIME_LIMIT = Duration.ofMillis(250);

    /** A history list's line for one revision against the previous, within {@link #SUMMARY_TIME_LIMIT}. */
    public static String quickSummary(ArticleContent older, ArticleContent newer) {
        return summary(quickDiffs(older, newer));
    }

    /** The changed fields for a history list, each field's comparison bounded by {@link #SUMMARY_TIME_LIMIT}. */
    public static List<FieldDiff> quickDiffs(ArticleContent older, ArticleContent newer) {
        return all(older, newer, SUMMARY_TIME_LIMIT).stream().filter(FieldDiff::changed).toList();
    }

    /** For history lists: "headline, paragraphs (+12 −3)". */
    public static String summary(List<FieldDiff> diffs) {
        if (diffs.isEmpty()) {
            return "";
        }
        int plus = diffs.stream().mapToInt(FieldDiff::inserted).sum();
        int minus = diffs.stream().mapToInt(FieldDiff::deleted).sum();
        // A field too large to compare is named with an ellipsis: its changes are not counted.
        return diffs.stream().map(d -> d.tooLarge() ? d.field() + "…" : d.field()).collect(Collectors.joining(", "))
                + " (+" + plus + " −" + minus + ")";
    }

    /** Escaped HTML: unchanged text in spans, insertions in {@code <ins>}, deletions in {@code <del>}. */
    public static String toHtml(List<Segment> segments) {
        StringBuilder html = new StringBuilder();
        for (Segment s : segments) {
            String tag = switch (s.op()) {
                case EQUAL -> "span";
                case INSERT -> "ins";
                case DELETE -> "del";
            };
            html.append('<').append(tag).append('>').append(Entities.escape(s.text())).append("</").append(tag).append('>');
        }
        return html.toString();
    }

    static FieldDiff field(String name, String older, String newer) {
        return field(System.nanoTime() + TIME_LIMIT.toNanos(), name, older, newer);
    }

    static FieldDiff field(long deadline, String name, String older, String newer) {
        String a = older == null ? "" : older;
        String b = newer == null ? "" : newer;
        if (a.equals(b)) {
            return new FieldDiff(name, a.isEmpty() ? List.of() : List.of(new Segment(Op.EQUAL, a)));
        }
        try {
            return new FieldDiff(name, diff(Tokens.of(a), Tokens.of(b), deadline));
        } catch (TooLarge e) {
            return FieldDiff.tooLarge(name);
        }
    }

    static List<Segment> diff(List<String> a, List<String> b) {
        return diff(a, b, System.nanoTime() + TIME_LIMIT.toNanos());
    }

    /**
     * Myers' difference is O((N+M)·D) in time and keeps a path per step, so the common start and end (most of
     * an edited article) are set aside first, what remains is bounded in size, and the search stops at the
     * deadline.
     */
    static List<Segment> diff(List<String> a, List<String> b, long deadline) {
        int prefix = 0;
        int max = Math.min(a.size(), b.size());
        while (prefix < max && a.get(prefix).equals(b.get(prefix))) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < max - prefix && a.get(a.size() - 1 - suffix).equals(b.get(b.size() - 1 - suffix))) {
            suffix++;
        }
        List<String> midA = a.subList(prefix, a.size() - suffix);
        List<String> midB = b.subList(prefix, b.size() - suffix);
        if (midA.size() > MAX_TOKENS || midB.size() > MAX_TOKENS || System.nanoTime() > deadline) {
            throw new TooLarge();
        }
        Patch<String> patch = DiffUtils.diff(midA, midB, new DiffAlgorithmListener() {
            @Override
            public void diffStart() {
            }

            @Override
            public void diffStep(int value, int max) {
                if (System.nanoTime() > deadline) {
                    throw new TooLarge();
                }
            }

            @Override
            public void diffEnd() {
            }
        });
        List<Segment> out = new ArrayList<>();
        add(out, Op.EQUAL, a.subList(0, prefix));
        int ia = 0;
        for (AbstractDelta<String> d : patch.getDeltas()) {
            int from = d.getSource().getPosition();
            add(out, Op.EQUAL, midA.subList(ia, from));
            add(out, Op.DELETE, d.getSource().getLines());
            add(out, Op.INSERT, d.getTarget().getLines());
            ia = from + d.getSource().size();
        }
        add(out, Op.EQUAL, midA.subList(ia, midA.size()));
        add(out, Op.EQUAL, a.subList(a.size() - suffix, a.size()));
        return cleanUp(out);
    }

    /** Thrown out of the difference search when it would take too long or too much. */
    private static final class TooLarge extends RuntimeException {
        TooLarge() {
            super(null, null, false, false);
        }
    }

    /**
     * Folds a lone space kept between two changes into them, so "informa tion" → "information" reads as one
     * word replaced rather than a patchwork of deletions and insertions around a shared blank.
     */
    static List<Segment> cleanUp(List<Segment> segments) {
        List<Segment> out = new ArrayList<>();
        int i = 0;
        while (i < segments.size()) {
            if (segments.get(i).op() == Op.EQUAL) {
                out.add(segments.get(i++));
                continue;
            }
            StringBuilder deleted = new StringBuilder();
            StringBuilder inserted = new StringBuilder();
            int j = i;
            while (j < segments.size()) {
                Segment s = segments.get(j);
                boolean bridge = s.op() == Op.EQUAL && s.text().isBlank() && j + 1 < segments.size()
                        && segments.get(j + 1).op() != Op.EQUAL;
                if (s.op() == Op.EQUAL && !bridge) {
                    break;
                }
                if (s.op() != Op.INSERT) {
                    deleted.append(s.text());
                }
                if (s.op() != Op.DELETE) {
                    inserted.append(s.text());
                }
                j++;
            }
            if (deleted.length() > 0) {
                out.add(new Segment(Op.DELETE, deleted.toString()));
            }
            if (inserted.length() > 0) {
                out.add(new Segment(Op.INSERT, inserted.toString()));
            }
            i = j;
        }
        return out;
    }

    /** Appends tokens as one segment, merged with the previous one when it has the same operation. */
    private static void add(List<Segment> out, Op op, List<String> tokens) {
        if (tokens.isEmpty()) {
            return;
        }
        String text = String.join("", tokens);
        if (!out.isEmpty() && out.get(out.size() - 1).op() == op) {
            Segment last = out.remove(out.size() - 1);
            text = last.text() + text;
        }
        out.add(new Segment(op, text));
    }

    private static String people(List<String> names) {
        boolean latin = names.stream().allMatch(n -> n.chars().allMatch(c -> c < 0x2E80));
        return String.join(latin ? ", " : "、", names);
    }

    /**
     * Raw line spans are a set of lines, not a text: their difference is the lines only one side holds,
     * computed over sorted intervals in O(n log n) (a text diff of 32,000 spans took 39 s). Lines both sides
     * hold are equal, lines only the older holds deleted, only the newer inserted; runs in line order.
     */
    static FieldDiff spans(List<LineRef> older, List<LineRef> newer) {
        long[][] a = merged(older);
        long[][] b = merged(newer);
        java.util.TreeSet<Long> cuts = new java.util.TreeSet<>();
        for (long[] r : a) {
            cuts.add(r[0]);
            cuts.add(r[1] + 1);
        }
        for (long[] r : b) {
            cuts.add(r[0]);
            cuts.add(r[1] + 1);
        }
        List<Segment> out = new ArrayList<>();
        Op runOp = null;
        long runFirst = 0;
        long runLast = 0;
        int ia = 0;
        int ib = 0;
        Long previous = null;
        for (long cut : cuts) {
            if (previous != null) {
                long first = previous;
                long last = cut - 1;
                while (ia < a.length && a[ia][1] < first) {
                    ia++;
                }
                while (ib < b.length && b[ib][1] < first) {
                    ib++;
                }
                boolean inA = ia < a.length && a[ia][0] <= first;
                boolean inB = ib < b.length && b[ib][0] <= first;
                Op op = inA && inB ? Op.EQUAL : inA ? Op.DELETE : inB ? Op.INSERT : null;
                if (op != null && op == runOp && runLast + 1 == first) {
                    runLast = last;
                } else {
                    if (runOp != null) {
                        addRange(out, runOp, runFirst, runLast);
                    }
                    runOp = op;
                    runFirst = first;
                    runLast = last;
                }
            }
            previous = cut;
        }
        if (runOp != null) {
            addRange(out, runOp, runFirst, runLast);
        }
        return new FieldDiff("lines", out);
    }

    /** Sorted, merged [first, last] intervals (overlapping or touching spans become one). */
    private static long[][] merged(List<LineRef> spans) {
        // A line is keyed by its page and number, so lines of different pages never coincide.
        long[][] sorted = spans.stream().map(s -> new long[] {key(s.pageId(), Math.min(s.first(), s.last())), key(s.pageId(), Math.max(s.first(), s.last()))})
                .sorted(java.util.Comparator.comparingLong(r -> r[0])).toArray(long[][]::new);
        List<long[]> out = new ArrayList<>();
        for (long[] r : sorted) {
            if (!out.isEmpty() && out.get(out.size() - 1)[1] + 1 >= r[0]) {
                long[] last = out.get(out.size() - 1);
                last[1] = Math.max(last[1], r[1]);
            } else {
                out.add(r.clone());
            }
        }
        return out.toArray(long[][]::new);
    }

    private static long key(long pageId, int line) {
        return (pageId << 32) | (line & 0xffffffffL);
    }

    private static void addRange(List<Segment> out, Op op, long firstKey, long lastKey) {
        // Shown as line numbers: the page is the article's, as the editor shows it.
        long first = firstKey & 0xffffffffL;
        long last = lastKey & 0xffffffffL;
        String range = first == last ? String.valueOf(first) : first + "–" + last;
        if (!out.isEmpty() && out.get(out.size() - 1).op() == op) {
            Segment previous = out.remove(out.size() - 1);
            out.add(new Segment(op, previous.text() + ", " + range));
        } else {
            out.add(new Segment(op, (out.isEmpty() ? "" : ", ") + range));
        }
    }

}
