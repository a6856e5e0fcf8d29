package org.galley.publishing.export;

import com.github.difflib.DiffUtils;
import java.util.ArrayList;
import java.util.List;

/**
 * Puts an article's corrected words back on the raw lines they came from, with boxes. The corrected text is
 * compared word by word with the original words of the article's lines (Myers' difference): an unchanged word
 * keeps its original box; words that replace others share the replaced words' boxes (split in proportion to
 * their length, and across lines in proportion to how much of the replaced text each line held; a word
 * re-joined from a hyphenated line end becomes ALTO's HypPart1/HypPart2 pair); inserted words take the room
 * left on the line between their neighbours. Deleted words are dropped. Pure: no database, no XML.
 */
public final class WordAlignment {

    /** A rectangle in the page's unit; null where the page has no layout. */
    public record Box(double x, double y, double width, double height) {
        static Box union(List<Box> boxes) {
            if (boxes.size() == 1) {
                return boxes.get(0);
            }
            double x0 = Double.MAX_VALUE, y0 = Double.MAX_VALUE, x1 = -Double.MAX_VALUE, y1 = -Double.MAX_VALUE;
            for (Box b : boxes) {
                if (b == null) {
                    return null;
                }
                x0 = Math.min(x0, b.x);
                y0 = Math.min(y0, b.y);
                x1 = Math.max(x1, b.x + b.width);
                y1 = Math.max(y1, b.y + b.height);
            }
            return boxes.isEmpty() ? null : new Box(x0, y0, x1 - x0, y1 - y0);
        }
    }

    /** Identifies a raw line: its page and 1-based number. */
    public record LineKey(long pageId, int line) {
    }

    /** An original word, as the source placed it. */
    public record Word(String text, Box box) {
    }

    /** One raw line of the article with its original words in reading order. */
    public record Line(LineKey key, Box box, List<Word> words) {
    }

    /**
     * A corrected word on a line. {@code subsType} is null, "HypPart1" or "HypPart2"; {@code subsContent} the
     * whole word for a hyphenated pair.
     */
    public record Placed(String text, LineKey line, Box box, String subsType, String subsContent, boolean original) {
    }

    private record Slot(String text, Line line, Box box) {
    }

    private WordAlignment() {
    }

    /** Splits text into the units compared and placed: whitespace-separated words, each CJK character alone. */
    public static List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        for (String w : text.strip().split("\\s+")) {
            if (w.isEmpty()) {
                continue;
            }
            StringBuilder run = new StringBuilder();
            for (int i = 0; i < w.length(); ) {
                int cp = w.codePointAt(i);
                if (cjk(cp)) {
                    if (!run.isEmpty()) {
                        out.add(run.toString());
                        run.setLength(0);
                    }
                    out.add(new String(Character.toChars(cp)));
                } else {
                    run.appendCodePoint(cp);
                }
                i += Character.charCount(cp);
            }
            if (!run.isEmpty()) {
                out.add(run.toString());
            }
        }
        return out;
    }

    static boolean cjk(int cp) {
        Character.UnicodeScript s = Character.UnicodeScript.of(cp);
        return s == Character.UnicodeScript.HAN || s == Character.UnicodeScript.HIRAGANA
                || s == Character.UnicodeScript.KATAKANA || s == Character.UnicodeScript.HANGUL
                || cp >= 0x3000 && cp <= 0x303F || cp >= 0xFF00 && cp <= 0xFFEF;
    }

    /**
     * Above this many words (original and corrected together) the difference is not computed in one go: Myers'
     * algorithm takes time and memory growing with the words times the differences, and a long, heavily
     * corrected article (a Chinese one is a word per character) would hold the publishing transaction for
     * minutes. The words are then aligned window by window, each by a plain longest-common-subsequence table
     * (bounded: window times window cells), whatever the number of differences.
     */
    static final int DIRECT_LIMIT = 2_000;
    /** Original words per window; the corrected words of a window are the matching share, found by anchor. */
    static final int WINDOW = 300;

    /** The corrected words placed on the article's lines, in the corrected text's order. */
    public static List<Placed> align(List<Line> lines, List<String> corrected) {
        List<Slot> original = new ArrayList<>();
        for (Line l : lines) {
            for (Word w : l.words()) {
                original.add(new Slot(w.text(), l, w.box()));
            }
        }
        List<Placed> out = new ArrayList<>();
        if (original.isEmpty() && lines.isEmpty()) {
            return out;
        }
        if (original.size() + corrected.size() <= DIRECT_LIMIT) {
            List<String> from = original.stream().map(Slot::text).toList();
            List<Change> changes = DiffUtils.diff(from, corrected).getDeltas().stream().map(d -> new Change(
                    d.getSource().getPosition(), d.getSource().size(), d.getTarget().size())).toList();
            alignRange(original, 0, original.size(), corrected, 0, changes, lines, out);
            return out;
        }
        int i = 0;
        int j = 0;
        while (i < original.size() && j < corrected.size()) {
            int iEnd = Math.min(original.size(), i + WINDOW);
            int jEnd;
            if (iEnd == original.size()) {
                jEnd = Math.min(corrected.size(), j + 4 * WINDOW);
            } else {
                // The corrected words in proportion to what is left, moved to where the next window's first
                // original words occur nearby (so an unchanged stretch is not cut in two places).
                double rate = (corrected.size() - j) / (double) (original.size() - i);
                int guess = j + (int) Math.round((iEnd - i) * rate);
                jEnd = Math.max(j, Math.min(corrected.size(), Math.min(j + 4 * WINDOW, nearest(original, iEnd, corrected, guess))));
            }
            List<String> from = original.subList(i, iEnd).stream().map(Slot::text).toList();
            alignRange(original, i, iEnd, corrected, j, changes(from, corrected.subList(j, jEnd)), lines, out);
            i = iEnd;
            j = jEnd;
        }
        if (j < corrected.size()) {
            // Words added after the last original one: in the room after it (the difference would say the same).
            out.addAll(inserted(corrected.subList(j, corrected.size()), original.isEmpty() ? null : original.get(original.size() - 1),
                    null, lines));
        }
        return out;
    }

    /** The place in {@code corrected} nearest {@code guess} (within a window) where original[at..at+3) occurs; else guess. */
    private static int nearest(List<Slot> original, int at, List<String> corrected, int guess) {
        int len = Math.min(3, original.size() - at);
        int best = guess;
        int bestDistance = Integer.MAX_VALUE;
        for (int p = Math.max(0, guess - WINDOW / 2); p <= Math.min(corrected.size() - len, guess + WINDOW / 2); p++) {
            boolean same = true;
            for (int k = 0; k < len && same; k++) {
                same = corrected.get(p + k).equals(original.get(at + k).text());
            }
            if (same && Math.abs(p - guess) < bestDistance) {
                best = p;
                bestDistance = Math.abs(p - guess);
            }
        }
        return best;
    }

    /** Within a stretch of original words: at {@code at}, {@code removed} of them give way to {@code added} corrected words. */
    private record Change(int at, int removed, int added) {
    }

    /**
     * The changes that turn {@code a} into {@code b}, from a longest common subsequence table (suffix lengths),
     * read front to back preferring to drop an original word before adding a corrected one.
     */
    static List<Change> changes(List<String> a, List<String> b) {
        int n = a.size();
        int m = b.size();
        int[][] lcs = new int[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                lcs[i][j] = a.get(i).equals(b.get(j)) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        List<Change> out = new ArrayList<>();
        int i = 0;
        int j = 0;
        int startI = 0;
        int startJ = 0;
        while (i < n || j < m) {
            if (i < n && j < m && a.get(i).equals(b.get(j)) && lcs[i][j] == lcs[i + 1][j + 1] + 1) {
                if (i > startI || j > startJ) {
                    out.add(new Change(startI, i - startI, j - startJ));
                }
                i++;
                j++;
                startI = i;
                startJ = j;
            } else if (j >= m || (i < n && lcs[i + 1][j] >= lcs[i][j + 1])) {
                i++;
            } else {
                j++;
            }
        }
        if (i > startI || j > startJ) {
            out.add(new Change(startI, i - startI, j - startJ));
        }
        return out;
    }

    /**
     * Places the corrected words from j0 on original[i0..i1) by the changes (positions relative to i0);
     * neighbours for inserted words are looked up across the stretch's ends.
     */
    private static void alignRange(List<Slot> original, int i0, int i1, List<String> corrected, int j0,
                                   List<Change> changes, List<Line> lines, List<Placed> out) {
        int i = i0;
        int j = j0;
        for (Change d : changes) {
            int at = i0 + d.at();
            while (i < at) {
                Slot s = original.get(i++);
                out.add(new Placed(corrected.get(j++), s.line().key(), s.box(), null, null, true));
            }
            List<Slot> replaced = original.subList(i, i + d.removed());
            List<String> inserted = corrected.subList(j, j + d.added());
            Slot before = i > 0 ? original.get(i - 1) : null;
            Slot after = i + replaced.size() < original.size() ? original.get(i + replaced.size()) : null;
            if (replaced.isEmpty()) {
                out.addAll(inserted(inserted, before, after, lines));
            } else {
                out.addAll(replacing(replaced, inserted));
            }
            i += replaced.size();
            j += inserted.size();
        }
        while (i < i1) {
            Slot s = original.get(i++);
            out.add(new Placed(corrected.get(j++), s.line().key(), s.box(), null, null, true));
        }
    }

    /** Words with nothing replaced: on their predecessor's line, in the room up to the next word (or line end). */
    private static List<Placed> inserted(List<String> words, Slot before, Slot after, List<Line> lines) {
        Line line = before != null ? before.line() : after != null ? after.line() : lines.get(0);
        Box room = null;
        if (line.box() != null) {
            double start = before != null && before.line() == line && before.box() != null
                    ? before.box().x() + before.box().width() : line.box().x();
            double end = after != null && after.line() == line && after.box() != null
                    ? after.box().x() : line.box().x() + line.box().width();
            room = new Box(start, line.box().y(), Math.max(0, end - start), line.box().height());
        }
        List<Placed> out = new ArrayList<>();
        List<Box> boxes = split(room, words);
        for (int k = 0; k < words.size(); k++) {
            out.add(new Placed(words.get(k), line.key(), boxes.get(k), null, null, false));
        }
        return out;
    }

    /** Words replacing others: they share the replaced words' boxes, line by line. */
    private static List<Placed> replacing(List<Slot> replaced, List<String> words) {
        // The replaced words grouped by line, in order.
        List<List<Slot>> groups = new ArrayList<>();
        for (Slot s : replaced) {
            if (groups.isEmpty() || groups.get(groups.size() - 1).get(0).line() != s.line()) {
                groups.add(new ArrayList<>());
            }
            groups.get(groups.size() - 1).add(s);
        }
        List<Placed> out = new ArrayList<>();
        if (words.isEmpty()) {
            return out;
        }
        if (words.size() == 1 && groups.size() == 2) {
            List<Placed> hyphenated = hyphenated(groups, words.get(0));
            if (hyphenated != null) {
                return hyphenated;
            }
        }
        // Each line takes the words whose middle falls within its share of the replaced text.
        double[] shares = new double[groups.size()];
        double total = 0;
        for (int g = 0; g < groups.size(); g++) {
            for (Slot s : groups.get(g)) {
                shares[g] += s.text().length() + 1;
            }
            total += shares[g];
        }
        double wordsTotal = words.stream().mapToInt(w -> w.length() + 1).sum();
        List<List<String>> perGroup = new ArrayList<>();
        groups.forEach(g -> perGroup.add(new ArrayList<>()));
        double at = 0;
        for (String w : words) {
            double middle = (at + (w.length() + 1) / 2.0) / wordsTotal * total;
            at += w.length() + 1;
            int g = 0;
            double edge = shares[0];
            while (g < groups.size() - 1 && middle > edge) {
                edge += shares[++g];
            }
            perGroup.get(g).add(w);
        }
        for (int g = 0; g < groups.size(); g++) {
            List<String> mine = perGroup.get(g);
            List<Box> boxes = split(Box.union(groups.get(g).stream().map(Slot::box).toList()), mine);
            for (int k = 0; k < mine.size(); k++) {
                out.add(new Placed(mine.get(k), groups.get(g).get(0).line().key(), boxes.get(k), null, null, false));
            }
        }
        return out;
    }

    /**
     * "informa-" at a line's end and "tion" at the next line's start, corrected to "information": the two halves
     * stay on their lines as HypPart1 and HypPart2 of the whole word. Null when the replacement is not that.
     */
    private static List<Placed> hyphenated(List<List<Slot>> groups, String word) {
        List<Slot> first = groups.get(0);
        List<Slot> second = groups.get(1);
        String end = first.get(first.size() - 1).text();
        if (first.size() != 1 || second.size() != 1 || !(end.endsWith("-") || end.endsWith("¬") || end.endsWith("\u00AD"))) {
            return null;
        }
        int cut = end.length() - 1;
        if (cut <= 0 || cut >= word.length()) {
            return null;
        }
        String part1 = word.substring(0, cut);
        String part2 = word.substring(cut);
        return List.of(
                new Placed(part1, first.get(0).line().key(), first.get(0).box(), "HypPart1", word, part1.equals(end.substring(0, cut))),
                new Placed(part2, second.get(0).line().key(), second.get(0).box(), "HypPart2", word, part2.equals(second.get(0).text())));
    }

    /** A box cut into one piece per word, each as wide as its share of the characters. */
    static List<Box> split(Box box, List<String> words) {
        List<Box> out = new ArrayList<>();
        if (box == null) {
            words.forEach(w -> out.add(null));
            return out;
        }
        if (words.size() == 1) {
            return List.of(box);
        }
        double total = words.stream().mapToInt(String::length).sum() + Math.max(0, words.size() - 1);
        double x = box.x();
        for (String w : words) {
            double width = total == 0 ? 0 : box.width() * w.length() / total;
            out.add(new Box(x, box.y(), width, box.height()));
            x += width + (total == 0 ? 0 : box.width() / total);
        }
        return out;
    }

    /**
     * The original words of a raw line: the source's word boxes when they spell the line's text, otherwise the
     * line's words with boxes estimated along the line box in proportion to their length (or none without one).
     */
    public static List<Word> words(String text, Box lineBox, List<Word> sourceWords) {
        List<String> tokens = tokens(text);
        if (!sourceWords.isEmpty()) {
            List<Word> split = new ArrayList<>();
            for (Word w : sourceWords) {
                List<String> parts = tokens(w.text());
                List<Box> boxes = parts.size() == 1 ? List.of(w.box()) : split(w.box(), parts);
                for (int k = 0; k < parts.size(); k++) {
                    split.add(new Word(parts.get(k), boxes.get(k)));
                }
            }
            if (split.stream().map(Word::text).toList().equals(tokens)) {
                return split;
            }
        }
        List<Box> boxes = split(lineBox, tokens);
        List<Word> out = new ArrayList<>();
        for (int k = 0; k < tokens.size(); k++) {
            out.add(new Word(tokens.get(k), boxes.get(k)));
        }
        return out;
    }
}
