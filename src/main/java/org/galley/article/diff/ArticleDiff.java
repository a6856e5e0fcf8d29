package org.galley.article.diff;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Patch;
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

    /** Only the fields that changed. */
    public static List<FieldDiff> between(ArticleContent older, ArticleContent newer) {
        return all(older, newer).stream().filter(FieldDiff::changed).toList();
    }

    /** Every field, changed or not, for a side-by-side view. */
    public static List<FieldDiff> all(ArticleContent a, ArticleContent b) {
        List<FieldDiff> diffs = new ArrayList<>();
        diffs.add(field("kind", a.kind(), b.kind()));
        diffs.add(field("kicker", a.kicker(), b.kicker()));
        diffs.add(field("headline", a.headline(), b.headline()));
        diffs.add(field("subheadline", a.subheadline(), b.subheadline()));
        diffs.add(field("reporters", people(a.byline().reporters()), people(b.byline().reporters())));
        diffs.add(field("correspondents", people(a.byline().correspondents()), people(b.byline().correspondents())));
        diffs.add(field("photographers", people(a.byline().photographers()), people(b.byline().photographers())));
        diffs.add(field("dateline", a.dateline(), b.dateline()));
        diffs.add(field("paragraphs", String.join(PARAGRAPH_BREAK, a.paragraphs()), String.join(PARAGRAPH_BREAK, b.paragraphs())));
        diffs.add(field("caption", a.caption(), b.caption()));
        diffs.add(field("continued", String.valueOf(a.continued()), String.valueOf(b.continued())));
        diffs.add(field("lines", spans(a.lines()), spans(b.lines())));
        return diffs;
    }

    public static boolean same(ArticleContent a, ArticleContent b) {
        return between(a, b).isEmpty();
    }

    /** For history lists: "headline, paragraphs (+12 −3)". */
    public static String summary(List<FieldDiff> diffs) {
        if (diffs.isEmpty()) {
            return "";
        }
        int plus = diffs.stream().mapToInt(FieldDiff::inserted).sum();
        int minus = diffs.stream().mapToInt(FieldDiff::deleted).sum();
        return diffs.stream().map(FieldDiff::field).collect(Collectors.joining(", ")) + " (+" + plus + " −" + minus + ")";
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
        String a = older == null ? "" : older;
        String b = newer == null ? "" : newer;
        if (a.equals(b)) {
            return new FieldDiff(name, a.isEmpty() ? List.of() : List.of(new Segment(Op.EQUAL, a)));
        }
        return new FieldDiff(name, diff(Tokens.of(a), Tokens.of(b)));
    }

    static List<Segment> diff(List<String> a, List<String> b) {
        Patch<String> patch = DiffUtils.diff(a, b);
        List<Segment> out = new ArrayList<>();
        int ia = 0;
        for (AbstractDelta<String> d : patch.getDeltas()) {
            int from = d.getSource().getPosition();
            add(out, Op.EQUAL, a.subList(ia, from));
            add(out, Op.DELETE, d.getSource().getLines());
            add(out, Op.INSERT, d.getTarget().getLines());
            ia = from + d.getSource().size();
        }
        add(out, Op.EQUAL, a.subList(ia, a.size()));
        return cleanUp(out);
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

    private static String spans(List<LineRef> spans) {
        return spans.stream().map(s -> s.first() == s.last() ? "" + s.first() : s.first() + "–" + s.last())
                .collect(Collectors.joining(", "));
    }

}
