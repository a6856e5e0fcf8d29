package org.galley.segment;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * English papers of the 1800s set a small notice (WANTED, a servant; Apply to...) between two reports with no
 * heading of its own, or with a heading the rules read as a crosshead. Glued into one draft, the report and the
 * notice share one label: the report is lost as an advert, or the notice is proposed as news. A draft is cut into
 * paragraphs; where a run of paragraphs that speaks the trade's formulas (and tells no story) meets a paragraph that
 * tells a story in the past tense (was held, were killed, on Saturday last), the draft is split there, so that each
 * part is judged on its own. Signed or dated drafts and sections of briefs are left whole: they are news.
 */
final class EnAdvertSplit {
    /** A story paragraph has at least this many past-tense verbs, or one and a day it happened on. */
    private static final int STORY_PAST_VERBS = 2;
    /** A story part has at least this many lines: a line or two in the past tense may belong to the notice. */
    private static final int MIN_STORY_LINES = 2;

    private EnAdvertSplit() {
    }

    /** A paragraph of a draft: lines {@code from} (inclusive) to {@code to} (exclusive) of body unit {@code unit}. */
    private record Piece(int unit, int from, int to, boolean heading) {
    }

    /**
     * Splits, in place, every draft in which a notice and a story meet. Returns the formulas counted
     * ({@link EnAdvertRule#counts}) in the drafts it read, for {@link EnAdvertRun#adverts} to reuse on those it left
     * whole: counting them is a pass over the page's text.
     */
    static Map<Draft, int[]> apply(List<Draft> drafts) {
        Map<Draft, int[]> counted = new IdentityHashMap<>();
        for (int i = 0; i < drafts.size(); i++) {
            Draft d = drafts.get(i);
            if (!d.hasBody() || d.section || d.dateline() || !d.bylines.isEmpty()) {
                continue;
            }
            List<Draft> parts = split(d, counted);
            if (parts.size() > 1) {
                drafts.remove(i);
                drafts.addAll(i, parts);
                i += parts.size() - 1;
            }
        }
        return counted;
    }

    private static List<Draft> split(Draft d, Map<Draft, int[]> counted) {
        List<Piece> pieces = pieces(d);
        int n = pieces.size();
        if (n < 2) {
            return List.of(d);
        }
        int[] cues = EnAdvertRule.counts(EnAdvertRun.lines(d));
        counted.put(d, cues); // a draft that is split leaves the list: its entry is never read
        if (EnAdvertRule.kinds(cues) < 2) {
            return List.of(d); // no notice can be cut from a text that speaks fewer than two of its formulas
        }
        boolean[] story = new boolean[n];
        boolean anyStory = false;
        for (int k = 0; k < n; k++) {
            Piece p = pieces.get(k);
            story[k] = !p.heading() && tellsStory(text(d, p));
            anyStory |= story[k];
        }
        if (!anyStory) {
            return List.of(d);
        }
        // the reports at the head and at the foot of the draft; what lies between them must be a notice on its own.
        // A report inside a notice (a remedy's testimonial, between its praise and its price) stays in it.
        int a = 0;
        while (a < n && story[a]) {
            a++;
        }
        int b = n;
        while (b > a && story[b - 1]) {
            b--;
        }
        if (a == n || lines(pieces, 0, a) < MIN_STORY_LINES) {
            a = 0;
        }
        if (lines(pieces, b, n) < MIN_STORY_LINES) {
            b = n;
        }
        if (a == 0 && b == n) {
            return List.of(d);
        }
        List<String> core = new ArrayList<>();
        if (a == 0 && d.title != null) {
            d.title.lines.forEach(l -> core.add(l.text));
        }
        for (int j = a; j < b; j++) {
            core.addAll(text(d, pieces.get(j)));
        }
        if (!isNotice(core)) {
            return List.of(d);
        }
        boolean[] cutBefore = new boolean[n];
        cutBefore[a] = a > 0;
        if (b < n) {
            cutBefore[b] = true;
        }
        List<Draft> out = new ArrayList<>();
        Draft cur = null;
        for (int j = 0; j < n; j++) {
            Piece p = pieces.get(j);
            if (cur == null || cutBefore[j]) {
                cur = new Draft();
                if (j == 0) {
                    cur.title = d.title;
                    cur.continuedFrom.addAll(d.continuedFrom);
                } else if (p.heading()) {
                    cur.title = d.bodies.get(p.unit()); // WANTED, read as a crosshead: the notice's own heading
                    out.add(cur);
                    continue;
                }
                out.add(cur);
            }
            cur.bodies.add(unit(d.bodies.get(p.unit()), p));
        }
        Draft last = out.get(out.size() - 1);
        last.credits.addAll(d.credits);
        last.continuedOn = d.continuedOn;
        return out;
    }

    private static int lines(List<Piece> pieces, int from, int to) {
        int n = 0;
        for (int j = from; j < to; j++) {
            n += pieces.get(j).to() - pieces.get(j).from();
        }
        return n;
    }

    /** The notice's formulas on their own ({@link EnAdvertRule}), and no story in them. */
    private static boolean isNotice(List<String> lines) {
        EnAdvertRun.Counts c = EnAdvertRun.count(lines);
        return c.past() * 8 <= lines.size() && EnAdvertRule.isAdvert(lines);
    }

    /**
     * Past-tense verbs, more than one (or one and the day it happened: on Saturday last, yesterday), and none of the
     * trade's formulas: a report, not a notice.
     */
    static boolean tellsStory(List<String> lines) {
        EnAdvertRun.Counts c = EnAdvertRun.count(lines);
        if (c.past() == 0 || c.past() * 8 <= lines.size() || EnAdvertRule.cues(lines) > 0) {
            return false;
        }
        return c.past() >= STORY_PAST_VERBS || namesADay(lines);
    }

    private static final String[] DAYS = {"yesterday", "sunday", "monday", "tuesday", "wednesday", "thursday",
            "friday", "saturday"};

    /** A day of the week or yesterday, as a report dates what happened. */
    private static boolean namesADay(List<String> lines) {
        for (String line : lines) {
            String lower = line.toLowerCase(java.util.Locale.ROOT);
            for (String day : DAYS) {
                if (lower.contains(day)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static List<String> text(Draft d, Piece p) {
        List<String> out = new ArrayList<>();
        List<Line> lines = d.bodies.get(p.unit()).lines;
        for (int i = p.from(); i < p.to(); i++) {
            out.add(lines.get(i).text);
        }
        return out;
    }

    private static Unit unit(Unit u, Piece p) {
        if (p.from() == 0 && p.to() == u.lines.size()) {
            return u;
        }
        Unit out = new Unit(u.type);
        for (int i = p.from(); i < p.to(); i++) {
            out.add(u.lines.get(i), u.breakBefore.get(i));
        }
        return out;
    }

    /**
     * The draft's paragraphs: each crosshead, and the paragraphs of each body, which end as {@link ParagraphBuilder}
     * ends them: a line that ends a sentence, then a blank line, an indent, or after a short line a capital.
     */
    private static List<Piece> pieces(Draft d) {
        List<Piece> out = new ArrayList<>();
        for (int u = 0; u < d.bodies.size(); u++) {
            Unit unit = d.bodies.get(u);
            if (unit.type == Unit.Type.TITLE) {
                out.add(new Piece(u, 0, unit.lines.size(), true));
                continue;
            }
            int width = typicalWidth(unit.lines);
            int from = 0;
            for (int i = 1; i < unit.lines.size(); i++) {
                if (startsParagraph(unit, i, width)) {
                    out.add(new Piece(u, from, i, false));
                    from = i;
                }
            }
            out.add(new Piece(u, from, unit.lines.size(), false));
        }
        return out;
    }

    private static boolean startsParagraph(Unit u, int i, int width) {
        Line prev = u.lines.get(i - 1);
        Line line = u.lines.get(i);
        if (!SentenceEnd.endsSentence(prev.text, false)) {
            return false;
        }
        if (u.breakBefore.get(i) || line.indent >= 2 && line.indent > prev.indent) {
            return true;
        }
        return prev.visibleLength() * 10 <= width * 9 && !line.text.isEmpty()
                && (Character.isUpperCase(line.text.charAt(0)) || Character.isDigit(line.text.charAt(0)));
    }

    /** The column width as {@link ParagraphBuilder} reads it. */
    private static int typicalWidth(List<Line> lines) {
        int[] lengths = new int[lines.size()];
        for (int i = 0; i < lengths.length; i++) {
            lengths[i] = lines.get(i).visibleLength();
        }
        return ParagraphBuilder.typicalWidth(lengths);
    }
}
