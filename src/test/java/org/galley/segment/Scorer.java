package org.galley.segment;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A faithful port of {@code shared/eval/score.py}: matches truth articles to proposed ones by body bigram Dice
 * (≥ 0.9, greedy in truth order), then compares titles (as a set), bylines, paragraph boundaries and the
 * Levenshtein distance of the body text. Works on the proposal JSON, so it also exercises {@link ProposalJson}.
 */
final class Scorer {
    private static final ObjectMapper JSON = new ObjectMapper();

    record Row(String id, double match, boolean found, boolean title, boolean byline, int edits, int chars,
               int paraTp, int paraFp, int paraFn) {
    }

    record Score(int articlesTruth, int articlesProposed, int articlesFound, double articlePrecision,
                 double articleRecall, int titlesRight, int bylinesRight, double paragraphF1, int edits, double cer,
                 double cerFound, List<Row> rows) {
        /** The summary line score.py prints. */
        String line(String source) {
            return String.format(java.util.Locale.ROOT,
                    "%s: articles %d/%d found (P=%.2f R=%.2f) titles %d/%d bylines %d/%d paragraph-F1 %.2f CER %.2f%%"
                            + " (found articles: %.2f%%)", source, articlesFound, articlesTruth, articlePrecision,
                    articleRecall, titlesRight, articlesTruth, bylinesRight, articlesTruth, paragraphF1, 100 * cer,
                    100 * cerFound);
        }
    }

    private Scorer() {
    }

    static Score score(String truthJson, String proposalJson) throws IOException {
        return score(JSON.readTree(truthJson), JSON.readTree(proposalJson));
    }

    static Score score(JsonNode truth, JsonNode proposal) {
        List<JsonNode> tArts = list(truth.get("articles"));
        List<Art> pArts = new ArrayList<>();
        for (JsonNode a : list(proposal.get("articles"))) {
            String kind = text(a.get("kind"));
            if (kind == null || kind.isEmpty()) {
                kind = "news";
            }
            if (!kind.equals("advert") && !kind.equals("furniture")) {
                pArts.add(stripDateline(a));
            }
        }
        List<Set<String>> pGrams = new ArrayList<>();
        for (Art p : pArts) {
            pGrams.add(bigrams(p.bodyText()));
        }
        Set<Integer> used = new HashSet<>();
        List<Row> rows = new ArrayList<>();
        for (JsonNode tn : tArts) {
            Art t = new Art(tn, strings(tn.get("paragraphs")));
            Set<String> tg = bigrams(t.bodyText());
            double best = 0;
            int bestJ = -1;
            for (int j = 0; j < pGrams.size(); j++) {
                if (used.contains(j)) {
                    continue;
                }
                double d = dice(tg, pGrams.get(j));
                if (d > best) {
                    best = d;
                    bestJ = j;
                }
            }
            String ttext = t.bodyText();
            int tlen = ttext.codePointCount(0, ttext.length());
            String id = text(tn.get("id"));
            double match = Math.round(best * 1000) / 1000.0;
            if (bestJ >= 0 && best >= 0.9) {
                used.add(bestJ);
                Art p = pArts.get(bestJ);
                Set<Integer> tb = boundaries(t.paragraphs);
                Set<Integer> pb = boundaries(p.paragraphs);
                rows.add(new Row(id, match, true, titles(t.node).equals(titles(p.node)), bylineOk(tn, p.node),
                        editDistance(ttext, p.bodyText()), tlen, intersect(tb, pb), minus(pb, tb), minus(tb, pb)));
            } else {
                int paras = t.paragraphs.size();
                rows.add(new Row(id, match, false, false, false, tlen, tlen, 0, 0, Math.max(0, paras - 1)));
            }
        }
        int nT = tArts.size();
        int nP = pArts.size();
        int found = 0;
        int tp = 0;
        int fp = 0;
        int fn = 0;
        int edits = 0;
        int chars = 0;
        int foundEdits = 0;
        int foundChars = 0;
        int titlesRight = 0;
        int bylinesRight = 0;
        for (Row r : rows) {
            found += r.found() ? 1 : 0;
            titlesRight += r.title() ? 1 : 0;
            bylinesRight += r.byline() ? 1 : 0;
            tp += r.paraTp();
            fp += r.paraFp();
            fn += r.paraFn();
            edits += r.edits();
            chars += r.chars();
            if (r.found()) {
                foundEdits += r.edits();
                foundChars += r.chars();
            }
        }
        double f1 = tp + fp + fn == 0 ? 1.0 : 2.0 * tp / (2.0 * tp + fp + fn);
        return new Score(nT, nP, found, nP > 0 ? round(found / (double) nP, 3) : 0.0,
                nT > 0 ? round(found / (double) nT, 3) : 1.0, titlesRight, bylinesRight, round(f1, 3), edits,
                round(edits / (double) Math.max(chars, 1), 4), round(foundEdits / (double) Math.max(foundChars, 1), 4),
                rows);
    }

    /** An article as the scorer reads it: its JSON and its (dateline-stripped) paragraphs. */
    private record Art(JsonNode node, List<String> paragraphs) {
        String bodyText() {
            List<String> parts = new ArrayList<>(paragraphs);
            String caption = text(node.get("caption"));
            if (caption != null && !caption.isEmpty()) {
                parts.add(caption);
            }
            StringBuilder b = new StringBuilder();
            for (int i = 0; i < parts.size(); i++) {
                if (i > 0) {
                    b.append('\n');
                }
                b.append(pyStrip(parts.get(i)));
            }
            return b.toString();
        }
    }

    /** score.py's WIRE_DATELINE: a wire dateline in brackets opening the text, e.g. （南京十日電）. */
    private static final java.util.regex.Pattern WIRE_DATELINE =
            java.util.regex.Pattern.compile("^[（(][^（）()]{1,30}?[電电][）)]");

    /**
     * score.py's strip_dateline: accept a dateline left at the head of the first paragraph. Markers are tried in a
     * fixed order (the proposal's dateline, 本报讯, 本報訊); when none opens the text, a bracketed wire dateline does.
     */
    static List<String> stripDateline(String dateline, List<String> paragraphs) {
        List<String> paras = new ArrayList<>(paragraphs);
        List<String> markers = new ArrayList<>();
        for (String m : new String[] {squash(dateline), "本报讯", "本報訊"}) {
            if (!m.isEmpty() && !markers.contains(m)) {
                markers.add(m);
            }
        }
        for (String marker : markers) {
            if (!paras.isEmpty() && squash(paras.get(0)).startsWith(marker)) {
                String first = pyStrip(paras.get(0));
                int idx = first.indexOf(marker.charAt(marker.length() - 1)) + 1;
                paras.set(0, pyLstrip(first.substring(idx)));
                return paras;
            }
        }
        if (!paras.isEmpty()) {
            String first = pyStrip(paras.get(0));
            java.util.regex.Matcher m = WIRE_DATELINE.matcher(first);
            if (m.lookingAt()) {
                paras.set(0, pyLstrip(first.substring(m.end())));
            }
        }
        return paras;
    }

    private static Art stripDateline(JsonNode a) {
        return new Art(a, stripDateline(text(a.get("dateline")), strings(a.get("paragraphs"))));
    }

    private static Set<String> titles(JsonNode a) {
        Set<String> out = new HashSet<>();
        for (String k : new String[] {"kicker", "headline", "subheadline"}) {
            String s = squash(text(a.get(k)));
            if (!s.isEmpty()) {
                out.add(s);
            }
        }
        return out;
    }

    private static Set<String> people(JsonNode a, String role) {
        JsonNode by = a.get("byline");
        JsonNode vals = by != null && by.isObject() ? by.get(role) : null;
        if (vals == null || vals.isNull()) {
            vals = a.get(role);
        }
        Set<String> out = new HashSet<>();
        for (String v : strings(vals)) {
            String s = squash(v);
            if (!s.isEmpty()) {
                out.add(s);
            }
        }
        return out;
    }

    private static boolean bylineOk(JsonNode truth, JsonNode pred) {
        for (String role : new String[] {"correspondents", "photographers"}) {
            if (!people(truth, role).equals(people(pred, role))) {
                return false;
            }
        }
        JsonNode reporters = truth.get("reporters");
        JsonNode candidates = truth.get("reporter_candidates");
        if ((reporters == null || reporters.isNull()) && candidates != null && candidates.size() > 0) {
            Set<String> got = people(pred, "reporters");
            Set<String> allowed = new HashSet<>();
            for (String c : strings(candidates)) {
                allowed.add(squash(c));
            }
            return got.size() <= 1 && allowed.containsAll(got);
        }
        return people(truth, "reporters").equals(people(pred, "reporters"));
    }

    private static Set<Integer> boundaries(List<String> paragraphs) {
        Set<Integer> cuts = new HashSet<>();
        int pos = 0;
        for (int i = 0; i < paragraphs.size() - 1; i++) {
            String s = squash(paragraphs.get(i));
            pos += s.codePointCount(0, s.length());
            cuts.add(pos);
        }
        return cuts;
    }

    static Set<String> bigrams(String s) {
        int[] cp = squash(s).codePoints().toArray();
        Set<String> out = new HashSet<>();
        for (int i = 0; i + 1 < cp.length; i++) {
            out.add(new String(cp, i, 2));
        }
        if (out.isEmpty() && cp.length > 0) {
            out.add(new String(cp, 0, cp.length));
        }
        return out;
    }

    static double dice(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0.0;
        }
        int common = 0;
        for (String g : a) {
            if (b.contains(g)) {
                common++;
            }
        }
        return 2.0 * common / (a.size() + b.size());
    }

    /** Levenshtein distance over code points (score.py computes the same with a bit-parallel algorithm). */
    static int editDistance(String x, String y) {
        int[] a = x.codePoints().toArray();
        int[] b = y.codePoints().toArray();
        if (a.length < b.length) {
            int[] t = a;
            a = b;
            b = t;
        }
        int[] prev = new int[b.length + 1];
        int[] cur = new int[b.length + 1];
        for (int j = 0; j <= b.length; j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length; i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length; j++) {
                int sub = prev[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
                cur[j] = Math.min(sub, Math.min(prev[j] + 1, cur[j - 1] + 1));
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length];
    }

    /** Python's \s: Unicode white space. */
    static boolean pySpace(int c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == 0x85 || (c >= 0x1C && c <= 0x1F);
    }

    static String squash(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length());
        s.codePoints().filter(c -> !pySpace(c)).forEach(b::appendCodePoint);
        return b.toString();
    }

    private static String pyStrip(String s) {
        int a = 0;
        int e = s.length();
        while (a < e && pySpace(s.charAt(a))) {
            a++;
        }
        while (e > a && pySpace(s.charAt(e - 1))) {
            e--;
        }
        return s.substring(a, e);
    }

    private static String pyLstrip(String s) {
        int a = 0;
        while (a < s.length() && pySpace(s.charAt(a))) {
            a++;
        }
        return s.substring(a);
    }

    private static int intersect(Set<Integer> a, Set<Integer> b) {
        int n = 0;
        for (Integer x : a) {
            if (b.contains(x)) {
                n++;
            }
        }
        return n;
    }

    private static int minus(Set<Integer> a, Set<Integer> b) {
        int n = 0;
        for (Integer x : a) {
            if (!b.contains(x)) {
                n++;
            }
        }
        return n;
    }

    private static double round(double v, int places) {
        return new java.math.BigDecimal(v).setScale(places, java.math.RoundingMode.HALF_EVEN).doubleValue();
    }

    private static String text(JsonNode n) {
        return n == null || n.isNull() ? null : n.asText();
    }

    private static List<JsonNode> list(JsonNode n) {
        List<JsonNode> out = new ArrayList<>();
        if (n != null && n.isArray()) {
            n.forEach(out::add);
        }
        return out;
    }

    private static List<String> strings(JsonNode n) {
        List<String> out = new ArrayList<>();
        if (n != null && n.isArray()) {
            n.forEach(x -> out.add(x.isNull() ? "" : x.asText()));
        }
        return out;
    }
}
