package org.galley.segment;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * English papers of the 1800s set columns of short items under one heading in capitals (LOCAL NEWS, FOREIGN
 * INTELLIGENCE, or the paper's own name over its leader column), each item opened by a run-in head or a dateline.
 * A library's clipping keeps such a column as one article, and an editor would rather split a column than glue
 * a dozen briefs back together. A heading is a section heading when it is one short line in capitals and either
 * names a section (a word of {@link #WORDS}) or has two words of three letters or more and is followed, before the
 * next heading in capitals, by at least two items of its own (title-case heads, paragraphs opening with a dateline,
 * or run-in briefs such as {@code LEWES.—At the petty sessions}, which the OCR often sets in one block).
 */
final class SectionHeading {
    private static final int MAX_WORDS = 5;
    private static final Set<String> WORDS = Set.of("news", "intelligence", "summary", "postscript", "miscellany",
            "miscellaneous", "varieties", "occurrences", "extracts", "memoranda", "notes", "gossip", "items",
            "paragraphs", "chit-chat", "jottings", "notabilia", "events", "chronicle");

    /** A heading of this one word names a section too ({@code LOCAL.}, {@code PROVINCIAL.}). */
    private static final Set<String> ALONE = Set.of("local", "provincial", "domestic", "foreign", "metropolitan",
            "colonial", "continental", "ecclesiastical", "agricultural", "commercial", "sporting", "theatrical",
            "parliamentary");

    /** Compiled once: String.split compiles its pattern on every call. */
    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");
    private static final java.util.regex.Pattern NOT_WORD = java.util.regex.Pattern.compile("[^a-z-]+");
    private static final java.util.regex.Pattern NOT_LETTERS = java.util.regex.Pattern.compile("[^A-Za-z]+");

    /**
     * Words of a market report's heading (MONEY MARKET AND CITY NEWS, CORN EXCHANGE, PRICES CURRENT): a report
     * of the day's trade, an article of its own, neither a section of briefs nor a brief inside one.
     */
    private static final Set<String> MARKETS = Set.of("market", "markets", "exchange", "prices", "money", "funds");

    private SectionHeading() {
    }

    static boolean is(List<Unit> units, int i) {
        Unit u = units.get(i);
        String t = u.first().text;
        if (u.lines.size() != 1 || !TitleRule.isCaps(t) || SPACES.split(t).length > MAX_WORDS || namesMarket(t)) {
            return false;
        }
        String[] words = NOT_WORD.split(t.toLowerCase(Locale.ROOT).strip());
        if (namesSection(t)) {
            return true;
        }
        if (realWords(t) == 1 && words.length <= 2 && ALONE.contains(longest(words))) {
            return true;
        }
        return realWords(t) >= 2 && items(units, i + 1) >= 2; // OCR debris in capitals (TURDER 0) is no heading
    }

    /** The heading holds a word that names a section ({@code LOCAL NEWS}, {@code FOREIGN INTELLIGENCE}). */
    private static boolean namesSection(String t) {
        return TitleRule.isCaps(t) && anyWord(t, WORDS);
    }

    /** The heading names a market report ({@link #MARKETS}). */
    static boolean namesMarket(String t) {
        return anyWord(t, MARKETS);
    }

    private static boolean anyWord(String t, Set<String> set) {
        for (String w : NOT_WORD.split(t.toLowerCase(Locale.ROOT).strip())) {
            if (set.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /** A brief under a section heading runs to at most this many lines of text. */
    static final int MAX_BRIEF_LINES = 14;
    /**
     * A section of run-in briefs ({@code RUNAWAY HORSE.—On Monday…}) sets a brief under a heading of its own
     * rarely, and a short one: a longer item under a heading in capitals after them is the next article.
     */
    static final int MAX_RUN_IN_BRIEF_LINES = 5;

    /**
     * A heading in capitals inside a section that heads one brief of it ({@code THE CHASE.} over a few lines on
     * the hounds' meets, under LOCAL): a line or two, no section heading itself, over a short text that is no
     * advertisement. A long report under a heading in capitals is an article of its own, even inside a section:
     * the column of briefs has ended. {@code maxLines}: {@link #MAX_BRIEF_LINES}, or
     * {@link #MAX_RUN_IN_BRIEF_LINES} in a section of run-in briefs.
     */
    static boolean isBriefHead(List<Unit> units, int i, int maxLines) {
        Unit u = units.get(i);
        if (u.lines.size() > 2 || is(units, i) || namesSection(u.first().text) || namesMarket(u.first().text)) {
            return false; // SHIP NEWS. / ARRIVED.: the next section, its deck under it
        }
        for (Line l : u.lines) {
            if (l.letterAddress || EnLetterRule.isAddress(l.text)) {
                return false; // THE STATE OF THE ROADS. / TO THE EDITOR.: a letter
            }
        }
        int lines = 0;
        int prices = 0;
        int k = i + 1;
        for (; k < units.size(); k++) {
            Unit b = units.get(k);
            if (b.type != Unit.Type.BODY) {
                break;
            }
            if (b.endsAdvert() || b.first().advertStart || lines == 0 && opensLetter(b)) {
                return false; // an advertisement, or a letter (TO THE EDITOR., SIR,—)
            }
            for (Line l : b.lines) {
                prices += prices(l.text);
            }
            lines += b.lines.size();
        }
        // a shop's list of goods and prices under its name is an advertisement
        return lines > 0 && lines <= maxLines && !(prices >= 2 && prices * 2 >= lines);
    }

    private static boolean opensLetter(Unit body) {
        Line first = body.first();
        return first.letterAddress || EnLetterRule.isAddress(first.text) || EnLetterRule.opensWithSalutation(first.text, true);
    }

    /** Amounts in dollars ({@code $19.75}) or shillings and pence ({@code 3s. 6d.}) on a line. */
    private static int prices(String t) {
        int n = 0;
        for (int i = 0; i + 1 < t.length(); i++) {
            char c = t.charAt(i);
            if (c == '$' && Character.isDigit(t.charAt(i + 1))
                    || Character.isDigit(c) && (t.charAt(i + 1) == 's' || t.charAt(i + 1) == 'd')
                    && i + 2 < t.length() && t.charAt(i + 2) == '.' && (i + 3 == t.length() || !Character.isLetter(t.charAt(i + 3)))) {
                n++;
            }
        }
        return n;
    }

    /** Lines of a body that open a run-in brief: its first line, or one after a line closing a sentence. */
    private static int runInBriefs(Unit u) {
        int n = 0;
        for (int j = 0; j < u.lines.size(); j++) {
            if (OldEnglishHeads.opensRunIn(u.lines.get(j).text) && (j == 0 || closesSentence(u.lines.get(j - 1).text))) {
                n++;
            }
        }
        return n;
    }

    private static boolean closesSentence(String t) {
        String s = t.strip();
        return !s.isEmpty() && ".!?\"'”".indexOf(s.charAt(s.length() - 1)) >= 0;
    }

    private static String longest(String[] words) {
        String best = "";
        for (String w : words) {
            if (w.length() > best.length()) {
                best = w;
            }
        }
        return best;
    }

    /** Words of at least three letters. */
    private static int realWords(String t) {
        int n = 0;
        for (String w : NOT_LETTERS.split(t)) {
            if (w.length() >= 3) {
                n++;
            }
        }
        return n;
    }

    /** Items under the heading at {@code from}: title-case heads and dateline paragraphs up to the next caps head. */
    private static int items(List<Unit> units, int from) {
        int items = 0;
        boolean body = false;
        for (int k = from; k < units.size(); k++) {
            Unit u = units.get(k);
            if (u.type == Unit.Type.TITLE) {
                if (TitleRule.isCaps(u.first().text) || !body) {
                    break;
                }
                items++;
            } else if (u.type == Unit.Type.BODY) {
                if (body && (u.first().datelineStart || LatinDatelineRule.split(u.first().text) != null)) {
                    items++;
                }
                items += runInBriefs(u); // briefs the OCR set in one block (HAILSHAM.—…, LEWES.—…)
                body = true;
            } else if (u.type == Unit.Type.FURNITURE || u.type == Unit.Type.CONTINUED_ON || u.endsAdvert()) {
                break;
            }
        }
        return items;
    }
}
