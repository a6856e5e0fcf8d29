package org.galley.segment;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * English papers of the 1800s print advertisements in long runs, without "—Advt." under them: sales by auction,
 * houses to let, coaches and packets, remedies. They speak the trade's formulas (TO BE SOLD, Apply to, may be had,
 * begs leave to inform, Price 2s. 6d.) far more densely than news does. A block with at least two different
 * formulas, and one formula for every {@link #LINES_PER_CUE} lines or fewer, is an advertisement; a market report
 * quoting prices has prices only, a report of a sale mentions one formula, not several.
 */
final class EnAdvertRule {
    private static final int LINES_PER_CUE = 8;
    /*
     * Each cue with the literals a match must start with (lower-case for the case-insensitive cues, which fold ASCII
     * letters only). The regex is tried only where one of them occurs: the same matches as a find() over the whole
     * text, without running fifteen patterns over every position of the page (most of the English segmenting time).
     * The literals spell out the fixed words of each alternative ("to be sold", not "to be "), so that the regex
     * runs where it nearly always matches, not after every "for", "by" or "will" of the text.
     */
    private static final Cue[] CUES = {
            cue("\\bTO BE (SOLD|LET|DISPOSED OF)\\b", true, "to be sold", "to be let", "to be disposed of"),
            cue("\\bBY (PUBLIC )?AUCTION\\b", true, "by auction", "by public auction"),
            cue("\\bWANTED\\b", false, "WANTED"),
            cue("\\bapply (to|at|personally)\\b", true, "apply to", "apply at", "apply personally"),
            cue("\\b(may|to) be had\\b", true, "may be had", "to be had"),
            cue("\\bsold (by|at|only)\\b", true, "sold by", "sold at", "sold only"),
            cue("\\bfor (further )?particulars\\b", true, "for particulars", "for further particulars"),
            cue("\\bbegs? (leave )?to (inform|acquaint|announce|return)\\b", true, "beg to ", "begs to ",
                    "beg leave to ", "begs leave to "),
            cue("\\brespectfully (informs?|solicits?|announces?|begs?)\\b", true, "respectfully "),
            cue("\\bPrice,? (only )?[0-9£]", false, "Price"),
            cue("\\b(per|each) (box|bottle|pot|packet|dozen|lb|yard|pair|gallon)\\b", true, "per ", "each "),
            cue("\\b(nobility|gentry),? (and|&) (the )?(gentry|public)\\b", true, "nobility", "gentry"),
            cue("\\bwill (sail|leave|start|be sold|be let)\\b", true, "will sail", "will leave", "will start",
                    "will be sold", "will be let"),
            cue("\\b(patronage|warranted|wholesale and retail)\\b", true, "patronage", "warranted",
                    "wholesale and retail"),
            cue("\\bN\\.B\\.", false, "N.B."),
            // legal notices: a fiat in bankruptcy, a partnership dissolved, debts to be paid
            cue("\\bhereby give", true, "hereby give"),
            cue("\\bWHEREAS\\b", false, "WHEREAS"),
            cue("\\bpersons (indebted|having)\\b", true, "persons indebted", "persons having"),
            // sales: On MONDAY next, at Eleven o'clock precisely, on the Premises, By order of the Assignees
            cue("\\bon the premises\\b", true, "on the premises"),
            cue("\\bmay be viewed\\b", true, "may be viewed"),
            cue("\\b(day|morning) of (the )?sale\\b", true, "day of sale", "day of the sale", "morning of sale",
                    "morning of the sale"),
            cue("\\bcatalogues?\\b", true, "catalogue"),
            cue("\\b(TO LET|FOR SALE)\\b", false, "TO LET", "FOR SALE"),
            cue("\\b(en|in)quire (of|at)\\b", true, "enquire of", "enquire at", "inquire of", "inquire at"),
            // lost and found: FIVE GUINEAS REWARD
            cue("\\b(pounds?|guineas?) reward\\b", true, "pound reward", "pounds reward", "guinea reward",
                    "guineas reward"),
            cue("\\bwithout (the least )?reserve\\b", true, "without reserve", "without the least reserve"),
            cue("\\bnote the address\\b", true, "note the address"),
            cue("\\bof every description\\b", true, "of every description"),
            cue("\\bshortest notice\\b", true, "shortest notice"),
            cue("\\b(carriage|post) (free|paid)\\b", true, "carriage free", "carriage paid", "post free", "post paid"),
            cue("\\ball chemists\\b", true, "all chemists"),
            cue("\\bby order of\\b", true, "by order of"),
            cue("\\bo.clock precisely\\b", true, "o'clock precisely", "o’clock precisely"),
            // books and doctors: Just published, Printed for, may be consulted
            cue("\\b(just|this day( is| are)?) published\\b", true, "just published", "this day published",
                    "this day is published", "this day are published"),
            cue("\\bprinted for\\b", true, "printed for"),
            cue("\\bmay be consulted\\b", true, "may be consulted"),
            // a trade card's address: No. 14, HIGH-STREET; Nos. 71 & 72, Church-street
            cue("\\bNos?\\. ?[0-9]+[0-9 &,and]*,? [A-Z][A-Za-z]+[- ](street|STREET|Street|road|ROAD|Road|square|SQUARE|"
                    + "Square|row|ROW|Row|place|PLACE|Place|lane|LANE|Lane)\\b", false, "No. ", "No.1", "No.2", "No.3",
                    "No.4", "No.5", "No.6", "No.7", "No.8", "No.9", "Nos. "),
            // a notice under NOTICE. or IMPORTANT NOTICE. (not NOTICE TO CORRESPONDENTS, the editor's)
            cue("\\bNOTICE\\.", false, "NOTICE."),
    };

    private record Cue(Pattern pattern, boolean ignoreCase, String[] starts, boolean wordStart) {
        /** Whether one of the literals a match starts with is at {@code p} of the text. */
        boolean startsAt(char[] text, int p) {
            for (String s : starts) {
                int n = s.length();
                if (p + n > text.length) {
                    continue;
                }
                int k = 0;
                if (ignoreCase) {
                    while (k < n && CharClass.lowerAscii(text[p + k]) == s.charAt(k)) {
                        k++;
                    }
                } else {
                    while (k < n && text[p + k] == s.charAt(k)) {
                        k++;
                    }
                }
                if (k == n) {
                    return true;
                }
            }
            return false;
        }
    }

    /**
     * The cues whose literals start with a given character (as {@link CharClass#lowerAscii} has it; index 128: any character
     * beyond ASCII), so that one pass over the text finds every place a literal starts.
     */
    private static final int[][] BY_FIRST = byFirst();
    /**
     * The first four characters of every literal (lower-cased), hashed into a set of 4096 bits: most words of a text
     * start with four characters no literal starts with ("the ", "with", "by t"), and are passed over without trying
     * any cue. A hash that two spellings share only lets a cue be tried for nothing.
     */
    private static final long[] FIRST_FOUR = firstFour();

    private static long[] firstFour() {
        long[] out = new long[4096 / 64];
        for (Cue cue : CUES) {
            for (String s : cue.starts()) {
                if (s.length() < 4) {
                    throw new IllegalStateException("a cue literal needs four characters at least: " + s);
                }
                int key = fourKey(CharClass.lowerAscii(s.charAt(0)), CharClass.lowerAscii(s.charAt(1)), CharClass.lowerAscii(s.charAt(2)),
                        CharClass.lowerAscii(s.charAt(3)));
                out[key >> 6] |= 1L << (key & 63);
            }
        }
        return out;
    }

    private static int fourKey(char a, char b, char c, char d) {
        return (((a * 31 + b) * 31 + c) * 31 + d) & 4095;
    }

    /** Whether a literal may start at {@code p}: its first four characters, lower-cased, are in {@link #FIRST_FOUR}. */
    private static boolean maySpell(char[] text, int p) {
        if (p + 4 > text.length) {
            return false;
        }
        int key = fourKey(CharClass.lowerAscii(text[p]), CharClass.lowerAscii(text[p + 1]), CharClass.lowerAscii(text[p + 2]),
                CharClass.lowerAscii(text[p + 3]));
        return (FIRST_FOUR[key >> 6] & 1L << (key & 63)) != 0;
    }

    private static final boolean ALL_WORD_START = java.util.Arrays.stream(CUES).allMatch(Cue::wordStart);

    private static int[][] byFirst() {
        java.util.List<java.util.List<Integer>> lists = new java.util.ArrayList<>();
        for (int c = 0; c <= 128; c++) {
            lists.add(new java.util.ArrayList<>());
        }
        for (int k = 0; k < CUES.length; k++) {
            for (String s : CUES[k].starts()) {
                char c = s.charAt(0);
                int key = c >= 128 ? 128 : CharClass.lowerAscii(c);
                if (!lists.get(key).contains(k)) {
                    lists.get(key).add(k);
                }
            }
        }
        int[][] out = new int[129][];
        for (int c = 0; c <= 128; c++) {
            out[c] = lists.get(c).stream().mapToInt(Integer::intValue).toArray();
        }
        return out;
    }

    /**
     * Non-overlapping matches of every cue, left to right, as successive {@link Matcher#find()} calls over the whole
     * text count them: each cue's regex is tried, from where its last match ended, at the places one of its literals
     * starts, in one pass over the text for all cues. A cue that opens with {@code \b} before a word character
     * cannot match right after an ASCII letter or digit, so it is not tried there.
     */
    private static int[] count(CharSequence text, char[] chars) {
        int[] n = new int[CUES.length];
        int[] from = new int[CUES.length];
        Matcher[] matchers = new Matcher[CUES.length];
        int len = chars.length;
        boolean afterWord = false;
        for (int p = 0; p < len; p++) {
            char c = CharClass.lowerAscii(chars[p]);
            boolean after = afterWord;
            afterWord = isAsciiWordChar(c);
            if (after && ALL_WORD_START) {
                continue; // inside a word: no cue can start here
            }
            if (!maySpell(chars, p)) {
                continue;
            }
            int[] cues = BY_FIRST[c < 128 ? c : 128];
            for (int k : cues) {
                Cue cue = CUES[k];
                if (p < from[k] || after && cue.wordStart() || !cue.startsAt(chars, p)) {
                    continue;
                }
                Matcher m = matchers[k];
                if (m == null) {
                    m = cue.pattern().matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
                    matchers[k] = m;
                }
                m.region(p, len);
                if (m.lookingAt()) {
                    n[k]++;
                    from[k] = m.end();
                }
            }
        }
        return n;
    }

    private static boolean isAsciiWordChar(char c) {
        return c < 128 && WORD_CHAR[c]; // a table: the chain of range tests mispredicted on every word boundary
    }

    private static final boolean[] WORD_CHAR = new boolean[128];

    static {
        for (char c = 0; c < WORD_CHAR.length; c++) {
            WORD_CHAR[c] = CharClass.isAsciiAlnum(c) || c == '_';
        }
    }

    private static Cue cue(String regex, boolean ignoreCase, String... starts) {
        boolean wordStart = regex.startsWith("\\b");
        for (String s : starts) {
            wordStart &= s.charAt(0) < 128 && (CharClass.isAsciiAlnum(s.charAt(0)) || s.charAt(0) == '_');
        }
        return new Cue(Pattern.compile(regex, ignoreCase ? Pattern.CASE_INSENSITIVE : 0), ignoreCase, starts,
                wordStart);
    }

    private EnAdvertRule() {
    }

    static boolean isAdvert(List<String> lines) {
        return !lines.isEmpty() && isAdvert(counts(lines), lines.size());
    }

    /** {@link #isAdvert} of lines whose {@link #counts} are known. */
    static boolean isAdvert(int[] counts, int lines) {
        int distinct = 0;
        int hits = 0;
        for (int n : counts) {
            if (n > 0) {
                distinct++;
                hits += n;
            }
        }
        return lines > 0 && distinct >= 2 && hits * LINES_PER_CUE >= lines;
    }

    /** How many different formulas of the trade counted in {@link #counts}: {@link #isAdvert} needs two. */
    static int kinds(int[] counts) {
        int distinct = 0;
        for (int n : counts) {
            if (n > 0) {
                distinct++;
            }
        }
        return distinct;
    }

    /** How many of the trade's formulas the lines speak, repeats included. */
    static int cues(List<String> lines) {
        int hits = 0;
        for (int n : count(lines)) {
            hits += n;
        }
        return hits;
    }

    /** How often the lines speak each formula of the trade, by formula. */
    static int[] counts(List<String> lines) {
        return count(lines);
    }

    private static int[] count(List<String> lines) {
        int length = 0;
        for (String l : lines) {
            length += l.length() + 1;
        }
        char[] chars = new char[length];
        int at = 0;
        for (String l : lines) {
            l.getChars(0, l.length(), chars, at);
            at += l.length();
            chars[at++] = ' ';
        }
        // the patterns read the same chars through a view: no String copy of a text that is mostly never matched
        return count(java.nio.CharBuffer.wrap(chars), chars);
    }
}
