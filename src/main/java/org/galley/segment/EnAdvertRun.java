package org.galley.segment;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * English papers of the 1800s print advertisements in long runs: whole columns, often whole pages, of notices
 * under short heads in capitals (an inn, a coach, a foundry, a sale of timber, a list of agents). Only some of them
 * carry enough trade formulas to be told apart on their own ({@link EnAdvertRule}); the rest are recognised by
 * their neighbours. A draft is an advertisement when
 * <ul>
 * <li>it speaks the trade's formulas on its own ({@link EnAdvertRule}), or names trade things densely (inns,
 * streets, offices, coaches, agents, proprietors, premises, terms: at least {@link #MIN_KINDS} kinds, one mention
 * for every {@link #LINES_PER_TRADE_WORD} lines) and tells no story; or</li>
 * <li>it stands next to an advertisement, tells no story, opens with no dateline and is not long.</li>
 * </ul>
 * A story is told in the past tense ({@code was}, {@code were}, {@code had}, {@code said}): reports of meetings,
 * courts and accidents are full of them, notices offer, inform and solicit in the present. Market reports (prices
 * only, few trade words) do not start a run; a long text is never taken in by its neighbours.
 */
final class EnAdvertRun {
    /** Kinds of trade word a notice names. */
    static final int MIN_KINDS = 3;
    /** At least one trade word for this many lines. */
    static final int LINES_PER_TRADE_WORD = 4;
    /** A text of more past-tense verbs than one for this many lines tells a story. */
    private static final int LINES_PER_PAST_VERB = 8;
    /** Two past-tense verbs in a short notice (the office was established) tell no story yet. */
    private static final int MIN_PAST_VERBS = 3;
    /** Longer texts are taken for adverts only on their own evidence. */
    private static final int MAX_NEIGHBOUR_LINES = 100;
    /** Lines read to tell whether a text opens a notice. */
    private static final int NOTICE_OPENING_LINES = 16;

    /** Word stems, lower case; a word counts when it starts with one (street, streets; proprietor, proprietors). */
    private static final String[] TRADE = {"inn", "street", "office", "coach", "agent", "proprietor", "premises",
            "terms", "annum", "auction", "apply", "respectfully", "commodious", "warehouse", "hotel", "manufactur",
            "wholesale", "retail", "assurance", "insurance", "published", "subscri", "ticket", "admission",
            "lot", "lots", "tenement", "messuage", "situate", "gentlemen", "patronage", "orders", "stock",
            "society", "capital", "director", "secretary", "policies", "policy", "premium", "bankers", "dividend"};
    /** Past-tense verbs of a report or a tale (notices speak in the present: is, are, offers, begs). */
    private static final String[] PAST = {"was", "were", "had", "said", "did", "came", "went", "saw", "told", "took",
            "died", "gave", "heard", "knew", "thought", "felt", "replied", "asked"};
    /** The longest of {@link #PAST}. */
    private static final int MAX_PAST = 7;

    private EnAdvertRun() {
    }

    /** The drafts of an English page that are advertisements, in page order. */
    static Set<Draft> adverts(List<Draft> drafts) {
        return adverts(drafts, Map.of());
    }

    /** @param counted the formulas of some drafts already counted ({@link EnAdvertSplit#apply}) */
    static Set<Draft> adverts(List<Draft> drafts, Map<Draft, int[]> counted) {
        int n = drafts.size();
        boolean[] advert = new boolean[n];
        boolean[] neutral = new boolean[n];
        for (int i = 0; i < n; i++) {
            Draft d = drafts.get(i);
            if (!d.hasBody()) {
                continue;
            }
            List<String> lines = lines(d);
            // news, whatever it quotes; a letter to the editor too (EnLetterRule)
            boolean signed = d.dateline() || signed(d) || EnLetterRule.isLetter(d);
            int[] cues = counted.get(d);
            boolean formulas = !signed
                    && (cues != null ? EnAdvertRule.isAdvert(cues, lines.size()) : EnAdvertRule.isAdvert(lines));
            if (!signed && (formulas || headedAdvertisements(d))) {
                advert[i] = true; // the formulas alone, as ArticleBuilder judged each draft before runs were read
                continue;
            }
            Counts c = count(lines, true);
            boolean story = tellsStory(c, lines.size());
            advert[i] = !story && !signed && c.kinds >= MIN_KINDS && c.trade * LINES_PER_TRADE_WORD >= lines.size();
            neutral[i] = !story && !signed && !d.section && lines.size() <= MAX_NEIGHBOUR_LINES
                    && !reportHeading(d);
        }
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int i = 0; i < n; i++) {
                if (!advert[i] && neutral[i] && (near(drafts, advert, i, -1) || near(drafts, advert, i, 1))) {
                    advert[i] = true;
                    changed = true;
                }
            }
        }
        Set<Draft> out = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        for (int i = 0; i < n; i++) {
            if (advert[i]) {
                out.add(drafts.get(i));
            }
        }
        return out;
    }

    /**
     * The text under a heading is a notice of its own (TO BE SOLD BY AUCTION, At the Angel Inn...): its heading
     * starts an item, it is no crosshead of the text above. Only the first lines are read: a notice says what it is
     * at once.
     */
    static boolean opensNotice(Unit body) {
        List<String> head = new ArrayList<>();
        for (int k = 0; k < body.lines.size() && k < NOTICE_OPENING_LINES; k++) {
            head.add(body.lines.get(k).text);
        }
        Counts c = count(head, true);
        return !tellsStory(c, head.size()) && (EnAdvertRule.isAdvert(head)
                || c.kinds >= MIN_KINDS && c.trade * LINES_PER_TRADE_WORD >= head.size());
    }

    /**
     * Past-tense verbs, more than one for every {@link #LINES_PER_PAST_VERB} lines; in a text that names trade
     * things, more than a couple too (the Managers having had the premiums calculated).
     */
    private static boolean tellsStory(Counts c, int lines) {
        return c.past * LINES_PER_PAST_VERB > lines && (c.trade == 0 || c.past >= MIN_PAST_VERBS);
    }

    /**
     * Words of the headings of reports (PARLIAMENT, MEETING OF MINERS, THE INQUEST): a notice's heading names the thing
     * offered or the advertiser. A draft under one is not taken into a run of notices by its neighbours; its verbs in
     * -ed (moved, announced) escape the past-tense count, and OCR garbles the rest.
     */
    private static final String[] REPORT_HEADS = {"PARLIAMENT", "COMMONS", "LORDS", "MEETING", "MEETINGS", "INQUEST",
            "ACCIDENT", "MURDER", "POLICE", "ASSIZES", "SESSIONS", "STRIKE", "INTELLIGENCE", "CORRESPONDENCE",
            "ELECTION", "COURT", "TRIAL", "FIRE", "DEATH", "NEWS"};

    private static boolean reportHeading(Draft d) {
        if (d.title == null) {
            return false;
        }
        String t = d.title.first().text; // the heading proper: a signature under it may name the Police Office
        if (SectionHeading.namesMarket(t)) {
            return true; // PRICES CURRENT: a market report, however many prices it lists
        }
        {
            int i = 0;
            int len = t.length();
            while (i < len) {
                while (i < len && !CharClass.isAsciiLetter(t.charAt(i))) {
                    i++;
                }
                int start = i;
                while (i < len && CharClass.isAsciiLetter(t.charAt(i))) {
                    i++;
                }
                for (String w : REPORT_HEADS) {
                    if (w.length() == i - start && t.regionMatches(true, start, w, 0, w.length())) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** The paper's own heading over its column of notices: ADVERTISEMENTS. */
    private static boolean headedAdvertisements(Draft d) {
        if (d.title == null) {
            return false;
        }
        String t = d.title.first().text;
        int a = 0;
        int b = t.length();
        while (a < b && !CharClass.isLetter(t.charAt(a))) {
            a++;
        }
        while (b > a && !CharClass.isLetter(t.charAt(b - 1))) {
            b--;
        }
        return b - a == 14 && t.regionMatches(false, a, "ADVERTISEMENTS", 0, 14);
    }

    /**
     * A byline signs the draft, unless it names the auctioneer of a sale ("By Mr. WM. GREGSON," "By Messrs. T. and J.
     * TROTTER," "By PETER BARON,"): a reporter's byline gives no title before the name, and no comma after it.
     */
    private static boolean signed(Draft d) {
        for (Unit u : d.bylines) {
            for (Line l : u.lines) {
                String t = l.text;
                boolean auctioneer = t.regionMatches(true, 0, "By Mr", 0, 5) || t.regionMatches(true, 0, "By Messrs", 0, 9)
                        || t.endsWith(",");
                if (!auctioneer) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The nearest draft with text in direction {@code step} is an advertisement. */
    private static boolean near(List<Draft> drafts, boolean[] advert, int i, int step) {
        for (int k = i + step; k >= 0 && k < drafts.size(); k += step) {
            if (drafts.get(k).hasBody()) {
                return advert[k];
            }
        }
        return false;
    }

    static List<String> lines(Draft d) {
        List<String> text = new ArrayList<>();
        if (d.title != null) {
            d.title.lines.forEach(l -> text.add(l.text));
        }
        d.bodies.forEach(u -> u.lines.forEach(l -> text.add(l.text)));
        return text;
    }

    record Counts(int trade, int kinds, int past) {
    }

    static Counts count(List<String> lines) {
        return count(lines, false);
    }

    /**
     * With {@code untilStory}, counting stops once the lines are sure to {@link #tellsStory} (the past-tense verbs
     * only grow): the callers ask nothing more of a story, and most drafts of a page are stories.
     */
    private static Counts count(List<String> lines, boolean untilStory) {
        int enough = untilStory ? Math.max(MIN_PAST_VERBS, lines.size() / LINES_PER_PAST_VERB + 1) : Integer.MAX_VALUE;
        boolean[] seen = new boolean[TRADE.length];
        int kinds = 0;
        int trade = 0;
        int past = 0;
        boolean the = false;
        for (String line : lines) {
            int i = 0;
            int len = line.length();
            while (i < len) {
                while (i < len && !CharClass.isLetter(line.charAt(i))) {
                    i++;
                }
                int start = i;
                boolean ascii = true;
                while (i < len) {
                    char c = line.charAt(i);
                    if (!CharClass.isLetter(c)) {
                        break;
                    }
                    ascii &= c < 0x80;
                    i++;
                }
                int n = i - start;
                boolean afterThe = the;
                the = n == 3 && ascii && equalsLowerAscii(line, start, "the");
                if (n < 3 || ascii && !startsLikeStemOrPast(line, start)) {
                    continue;
                }
                if (n <= MAX_PAST && (ascii ? isPastAscii(line, start, n) : isPast(line, start, n))) {
                    // "the said bankrupt" of a legal notice is no verb
                    if (!(afterThe && n == 4 && line.regionMatches(true, start, "said", 0, 4)) && ++past >= enough) {
                        return new Counts(trade, kinds, past);
                    }
                    continue;
                }
                int k = ascii ? stemAscii(line, start, n) : stem(line, start, n);
                if (k >= 0) {
                    trade++;
                    if (!seen[k]) {
                        seen[k] = true;
                        kinds++;
                    }
                }
            }
        }
        return new Counts(trade, kinds, past);
    }


    /**
     * {@link #isPast} of a word of ASCII letters only. Words with other letters take the general path:
     * regionMatches folds some of them onto ASCII letters (the long s, the Kelvin sign).
     */
    private static boolean isPastAscii(String line, int start, int n) {
        for (String p : PAST) {
            if (p.length() == n && equalsLowerAscii(line, start, p)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Per first letter ('a' to 'z'), the second letters of the trade stems and past-tense verbs, as bits: most words
     * of a text (the, that, with, from) start with two letters none of them starts with, and are passed over at once.
     */
    private static final int[] SECOND_LETTERS = secondLetters();

    private static int[] secondLetters() {
        int[] out = new int[26];
        for (String[] words : new String[][] {TRADE, PAST}) {
            for (String w : words) {
                out[w.charAt(0) - 'a'] |= 1 << (w.charAt(1) - 'a');
            }
        }
        return out;
    }

    /** The first two letters of an ASCII word (of at least two letters) are those of a trade stem or a past verb. */
    private static boolean startsLikeStemOrPast(String line, int start) {
        int seconds = SECOND_LETTERS[CharClass.lowerAscii(line.charAt(start)) - 'a'];
        return (seconds >> (CharClass.lowerAscii(line.charAt(start + 1)) - 'a') & 1) != 0;
    }

    /**
     * Trade stems by first letter ('a' to 'z'), each list in {@link #TRADE}'s order, so that the first stem that
     * matches is the one {@link #stem} finds.
     */
    private static final int[][] TRADE_BY_FIRST = tradeByFirst();

    private static int[][] tradeByFirst() {
        int[][] out = new int[26][];
        for (char c = 'a'; c <= 'z'; c++) {
            final char first = c;
            out[c - 'a'] = java.util.stream.IntStream.range(0, TRADE.length)
                    .filter(k -> TRADE[k].charAt(0) == first).toArray();
        }
        return out;
    }

    /** {@link #stem} of a word of ASCII letters only: the same answer, trying only stems with its first letter. */
    private static int stemAscii(String line, int start, int n) {
        for (int k : TRADE_BY_FIRST[CharClass.lowerAscii(line.charAt(start)) - 'a']) {
            String s = TRADE[k];
            int m = s.length();
            if (n < m || m <= 4 && n > m + 1 || m <= 4 && n == m + 1 && CharClass.lowerAscii(line.charAt(start + m)) != 's') {
                continue;
            }
            if (equalsLowerAscii(line, start, s)) {
                return k;
            }
        }
        return -1;
    }

    /** The ASCII letters at {@code start} spell the lower-case {@code word}, ignoring case. */
    private static boolean equalsLowerAscii(String line, int start, String word) {
        for (int j = 0; j < word.length(); j++) {
            if (CharClass.lowerAscii(line.charAt(start + j)) != word.charAt(j)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isPast(String line, int start, int n) {
        for (String p : PAST) {
            if (p.length() == n && line.regionMatches(true, start, p, 0, n)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The index of the trade stem the word at {@code start} (of {@code n} letters) starts with; stems of four letters
     * or fewer must be the whole word or the word and an s. No copies: this runs over every word of the page.
     */
    private static int stem(String line, int start, int n) {
        char c = Character.toLowerCase(line.charAt(start));
        for (int k = 0; k < TRADE.length; k++) {
            String s = TRADE[k];
            int m = s.length();
            if (s.charAt(0) != c || n < m || m <= 4 && n > m + 1
                    || m <= 4 && n == m + 1 && Character.toLowerCase(line.charAt(start + m)) != 's') {
                continue;
            }
            if (line.regionMatches(true, start, s, 0, m)) {
                return k;
            }
        }
        return -1;
    }
}
