package org.galley.segment;

import java.util.List;
import java.util.Locale;

/**
 * Letters to the editor in English papers of the 1800s. A letter opens with the address ({@code TO THE EDITOR OF THE
 * HERALD.}) and the salutation ({@code SIR,—Will you allow me...}), often under a subject heading of its own, and
 * closes with the complimentary close ({@code I am, Sir, yours obediently,}), the signature in capitals ({@code AN
 * OLD INHABITANT.}, {@code J. W. HOLLAND.}) and the writer's place and date ({@code Western-road, April 29th,
 * 1878.}). The signature is the letter's byline and ends it; the place and date are its last lines. Read alone,
 * the signature is a heading in capitals and the place and date line a text of its own: the letter's opening says
 * what they are.
 * <p>
 * A letter is recognised by its address, or by a salutation that runs on into the text after a dash ({@code SIR,—I
 * beg}); a salutation alone on its line ({@code SIR,}) also opens the official letters of a Gazette, which no
 * editor clips one by one, and is not enough.
 */
final class EnLetterRule {
    /** An address or a signature line is short. */
    private static final int MAX_ADDRESS = 70;
    private static final int MAX_SIGNATURE = 45;
    private static final int MAX_SIGNATURE_WORDS = 6;
    /** The complimentary close is one short line ({@code I am, Sir, your obedient servant,}). */
    private static final int MAX_CLOSE = 60;
    /** Place, date or office lines under a signature. */
    private static final int MAX_TAIL_LINES = 3;
    private static final int MAX_TAIL = 60;
    /** The paper's name carried over from the address line. */
    private static final int MAX_PAPER_NAME = 30;

    private static final String[] CLOSES = {"yours", "your obedient", "obedient servant", "your humble",
        "your faithful", "honour to be", "honor to be"};
    private static final String[] MONTHS = {"january", "february", "march", "april", "may", "june", "july",
        "august", "september", "sept.", "october", "november", "december", "jan.", "feb.", "aug.", "oct.", "nov.",
        "dec."};
    /** Words of a writer's address or office under the signature (Chase-terrace, Secretary to No. 3 Branch). */
    private static final String[] TAIL_WORDS = {"road", "street", "terrace", "place", "square", "lane", "house",
        "villa", "lodge", "cottage", "parade", "crescent", "gardens", "hill", "rectory", "vicarage", "hall",
        "secretary", "chairman", "treasurer", "hon. sec", "branch", "lodge", "vicar", "rector", "curate",
        "minister", "president"};

    private EnLetterRule() {
    }

    /**
     * Marks the signatures of letters (BYLINE lines that close their item) and the place and date lines under them
     * ({@link Line#letterTail}). Runs before headlines are read, so a signature in capitals is never one.
     */
    static void markSignatures(List<Line> lines) {
        boolean toEditor = false; // inside a letter to the editor
        boolean closed = false; // the complimentary close was the last line read
        for (int i = 0; i < lines.size(); i++) {
            Line l = lines.get(i);
            if (l.kind == LineKind.BLANK || l.kind == LineKind.NOISE || l.fragment) {
                continue;
            }
            String t = l.text;
            if (l.kind == LineKind.TEXT && (isAddress(t) || opensWithSalutation(t, true) && standsFirst(lines, i))) {
                toEditor = true;
                closed = false;
                continue;
            }
            if (l.kind == LineKind.TEXT && isClose(t) && (toEditor || !t.endsWith("."))) {
                closed = true;
                continue;
            }
            if (toEditor && l.kind == LineKind.BYLINE && t.length() <= MAX_SIGNATURE) {
                signs(lines, i); // initials (X. Y. Z.) are read as a byline already: here they close the letter
                toEditor = false;
            } else if (l.kind != LineKind.TEXT) {
                toEditor = false; // furniture, a jump line: the letter is behind us
            } else if (toEditor && signature(t, closed) != null && (closed || endsLetter(lines, i))) {
                l.kind = LineKind.BYLINE;
                signs(lines, i);
                toEditor = false;
            } else if (toEditor && closed && isTail(t) && endsTail(lines, i)) {
                // the close, then the place and date with no signature (the OCR lost it, or the writer gave none)
                markTail(lines, i - 1, false);
                toEditor = false;
            } else if (closed && signature(t, true) != null) {
                // a letter quoted in a report, or a Gazette's official letter: its signature is text, no heading
                l.signature = true;
                toEditor = false;
                closed = i + 1 < lines.size() && lines.get(i + 1).kind == LineKind.TEXT; // more signers below
                continue;
            } else if (toEditor && TitleRule.isCaps(t)) {
                toEditor = false; // a heading: the letter ended unsigned
            }
            closed = false;
        }
    }

    /**
     * The salutation at {@code i} opens an item: the page's start, a heading in capitals, the address or the end of
     * another letter is above it, or a text that ends its sentence before a blank line. A report that quotes a
     * letter introduces it ({@code the following letter:—}) and goes on after the signature.
     */
    private static boolean standsFirst(List<Line> lines, int i) {
        boolean blank = false;
        for (int k = i - 1; k >= 0; k--) {
            Line l = lines.get(k);
            if (l.kind == LineKind.BLANK) {
                blank = true;
                continue;
            }
            if (l.kind == LineKind.NOISE || l.fragment) {
                continue;
            }
            return l.kind != LineKind.TEXT || TitleRule.isCaps(l.text) || isAddress(l.text) || l.letterTail
                    || blank && SentenceEnd.endsSentence(l.text, false);
        }
        return true;
    }

    /** The signature at {@code i} closes the letter; the place and date lines under it are the letter's. */
    private static void signs(List<Line> lines, int i) {
        lines.get(i).closingByline = true;
        markTail(lines, i, true);
    }

    /**
     * Marks the place and date lines after line {@code i} as the letter's end.
     *
     * @param signers whether more signers straight under the first count too (JOHN SMITH, / THOMAS BROWN,
     *                Churchwardens.)
     */
    private static void markTail(List<Line> lines, int i, boolean signers) {
        int tail = 0;
        for (int k = i + 1; k < lines.size() && tail < MAX_TAIL_LINES; k++) {
            Line l = lines.get(k);
            if (l.kind == LineKind.BLANK) {
                signers = false;
                continue;
            }
            boolean signer = signers && l.kind == LineKind.TEXT && signature(l.text, true) != null;
            if (!signer && (l.kind != LineKind.TEXT || l.fragment || !isTail(l.text) || !endsTail(lines, k))) {
                return;
            }
            l.letterTail = true; // a second signer is text: one byline per letter
            tail++;
        }
    }

    /**
     * The tail line is whole: it ends with a period or a year (or a comma before more of the tail) and no text runs
     * on from it in lower case. A notice's first line naming a street runs on.
     */
    private static boolean endsTail(List<Line> lines, int k) {
        String t = lines.get(k).text;
        char last = t.charAt(t.length() - 1);
        if (last != '.' && last != ',' && !Character.isDigit(last)) {
            return false; // a date may lack its period (April 20th, 1874)
        }
        for (int j = k + 1; j < lines.size(); j++) {
            Line l = lines.get(j);
            if (l.kind == LineKind.BLANK || l.kind == LineKind.NOISE) {
                continue;
            }
            char c = l.text.charAt(0);
            return !Character.isLowerCase(c) && (last != ',' || isTail(l.text));
        }
        return true;
    }

    /**
     * After headlines are read: the address under a letter's own subject heading is a line of the letter's text,
     * not a second headline; a letter headed by its address alone keeps it as its headline.
     */
    static void markAddresses(List<Line> lines) {
        Line prev = null;
        for (int i = 0; i < lines.size(); i++) {
            Line l = lines.get(i);
            if (l.kind == LineKind.BLANK || l.kind == LineKind.NOISE) {
                continue;
            }
            if ((l.kind == LineKind.TITLE || l.kind == LineKind.TEXT && !l.fragment) && isAddress(l.text)) {
                int end = continuation(lines, i);
                boolean headed = prev != null && prev.kind == LineKind.TITLE && !prev.letterAddress;
                LineKind kind = l.kind;
                if (l.kind == LineKind.TITLE && headed) {
                    kind = LineKind.TEXT;
                } else if (l.kind == LineKind.TEXT && !headed && salutationFollows(lines, end)) {
                    kind = LineKind.TITLE; // TO THE EDITOR of the STANDARD: (OCR's lower case) over SIR,—: a letter
                }
                for (int k = i; k <= end; k++) {
                    lines.get(k).kind = kind;
                    lines.get(k).letterAddress = true;
                }
                i = end;
                l = lines.get(end);
            }
            prev = l;
        }
    }

    /**
     * The last line of the address at {@code i}: the address itself, or the paper's name that the column width
     * pushed onto the next line ({@code TO THE EDITOR OF THE WESTBOURNE} / {@code HERALD.}).
     */
    private static int continuation(List<Line> lines, int i) {
        String t = lines.get(i).text;
        if (i + 1 >= lines.size() || !Character.isLetter(t.charAt(t.length() - 1))) {
            return i;
        }
        Line next = lines.get(i + 1);
        String n = next.text;
        int a = skipJunk(n);
        if (next.kind != LineKind.TEXT && next.kind != LineKind.TITLE || n.length() > MAX_PAPER_NAME
                || Words.count(n) > 3 || a >= n.length() || !Character.isUpperCase(n.charAt(a))) {
            return i;
        }
        char last = n.charAt(n.length() - 1);
        if (last == '"' || last == '\'' || last == '\u201d' || last == '\u2019') {
            last = n.length() > 1 ? n.charAt(n.length() - 2) : last;
        }
        return last == '.' || last == ':' ? i + 1 : i;
    }

    private static boolean salutationFollows(List<Line> lines, int i) {
        for (int k = i + 1; k < lines.size(); k++) {
            Line l = lines.get(k);
            if (l.kind != LineKind.BLANK && l.kind != LineKind.NOISE) {
                return l.kind == LineKind.TEXT && opensWithSalutation(l.text, false);
            }
        }
        return false;
    }

    /**
     * {@code TO THE EDITOR OF THE HERALD.}, {@code To the Editor of the "Examiner."}, with the OCR's slips ({@code Ti
     * the Etlitoe of}).
     */
    static boolean isAddress(String t) {
        if (t.length() > MAX_ADDRESS || t.length() < 12) {
            return false;
        }
        int i = skipJunk(t);
        if (i + 12 > t.length() || t.charAt(i) != 'T' || !isToWord(t, i)) {
            return false;
        }
        i += 3;
        while (Words.startsWithIgnoreCase(t, i, "the ")) {
            i += 4; // "To the the Editor": OCR doubles the article
        }
        int end = i;
        while (end < t.length() && Character.isLetter(t.charAt(end))) {
            end++;
        }
        if (end < t.length() && t.charAt(end) != ' ' && t.charAt(end) != '.' && t.charAt(end) != ','
                && t.charAt(end) != ':') {
            return false;
        }
        return looksLikeEditor(t.substring(i, end).toLowerCase(Locale.ROOT));
    }

    /** "To " or "Ti " (OCR) as the line's first word. */
    private static boolean isToWord(String t, int i) {
        char o = CharClass.lowerAscii(t.charAt(i + 1));
        return (o == 'o' || o == 'i' || o == '0') && t.charAt(i + 2) == ' ' && Words.startsWithIgnoreCase(t, i + 3, "th");
    }

    /** editor, editors, or a misreading keeping its first letter and most of its letters (etlitoe). */
    private static boolean looksLikeEditor(String w) {
        if (w.length() < 5 || w.length() > 7 || w.charAt(0) != 'e') {
            return false;
        }
        if (w.startsWith("editor")) {
            return true;
        }
        int found = 0;
        for (char c : new char[] {'d', 'i', 't', 'o', 'r'}) {
            if (w.indexOf(c) > 0) {
                found++;
            }
        }
        return found >= 3;
    }

    /**
     * The salutation that opens a letter: {@code SIR,—}, {@code Sir,—}, {@code DEAR SIR,—}, {@code GENTLEMEN,—},
     * {@code MADAM,—}, OCR giving the dash as a hyphen or dropping the comma.
     *
     * @param runsOn only a salutation closed by a dash (and usually the first words of the text after it):
     *               {@code SIR,} alone also heads a Gazette's official letters
     */
    static boolean opensWithSalutation(String t, boolean runsOn) {
        int end = salutationEnd(t);
        if (end < 0) {
            return false;
        }
        return !runsOn || isDash(t.charAt(end - 1));
    }

    /**
     * The index after the salutation and the punctuation closing it, or -1 when the line opens with none. The
     * salutation word must be followed by punctuation or the line's end: {@code Sir Robert Peel} is no salutation.
     */
    static int salutationEnd(String t) {
        int i = skipJunk(t);
        if (i >= t.length()) {
            return -1;
        }
        char c = t.charAt(i);
        if (c != 'S' && c != 'D' && c != 'G' && c != 'M' && c != 'd' && c != 'm') {
            return -1; // most lines: the cheap test first
        }
        int k = i;
        if (Words.startsWithIgnoreCase(t, k, "my dear ")) {
            k += 8;
        } else if (Words.startsWithIgnoreCase(t, k, "dear ")) {
            k += 5;
        }
        int w = k;
        while (w < t.length() && Character.isLetter(t.charAt(w))) {
            w++;
        }
        String word = t.substring(k, w);
        if (!isSalutationWord(word)) {
            return -1;
        }
        int n = t.length();
        int p = w;
        boolean punct = false;
        while (p < n && (t.charAt(p) == ',' || t.charAt(p) == '.' || t.charAt(p) == ';' || t.charAt(p) == ':')) {
            p++;
            punct = true;
        }
        int q = p;
        while (q < n && t.charAt(q) == ' ') {
            q++;
        }
        boolean dash = false;
        while (q < n && isDash(t.charAt(q))) {
            q++;
            dash = true;
        }
        if (dash) {
            return q;
        }
        // "SIR," alone or before a date; "SIR" alone; a word running on ("Sir Robert") is no salutation
        return p == n || punct && t.charAt(p) == ' ' ? p : -1;
    }

    private static boolean isSalutationWord(String w) {
        switch (w) {
            case "SIR": case "Sir": case "SIRS": case "Sirs": case "GENTLEMEN": case "Gentlemen": case "MADAM":
            case "Madam": case "SIN": case "Sin": case "Stn": case "STR": // the OCR's SIR
                return true;
            default:
                return false;
        }
    }

    private static boolean isDash(char c) {
        return c == '—' || c == '–' || c == '-' || c == '―';
    }

    /**
     * The complimentary close: {@code Yours obediently,}, {@code I am, Sir, your obedient servant,}, {@code Yours
     * truly,}, OCR adding a rule's {@code I} in front or a period for the comma.
     */
    static boolean isClose(String t) {
        if (t.length() > MAX_CLOSE || t.isEmpty()) {
            return false;
        }
        char last = t.charAt(t.length() - 1);
        int e = t.length() - 1;
        while (e > 0 && (last == '\'' || last == ' ' || last == '\u2019')) {
            last = t.charAt(--e);
        }
        if (last != ',' && last != '.' && last != ';') {
            return false;
        }
        String lower = t.toLowerCase(Locale.ROOT);
        for (String c : CLOSES) {
            if (lower.contains(c)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The writer's name in a signature line, or null: a short line of one to six words in capitals ({@code AN OLD
     * INHABITANT.}, {@code J. W. HOLLAND.}), an office after a comma allowed ({@code CHARLES HOWELL, District
     * Secretary.}); right after the complimentary close, a name in title case too ({@code Thomas Wright.}).
     */
    static String signature(String t, boolean afterClose) {
        if (t.length() > MAX_SIGNATURE * 2) {
            return null;
        }
        int a = skipJunk(t);
        int comma = t.indexOf(',', a);
        int end = comma > 0 ? comma : t.length();
        while (end > a && !Character.isLetter(t.charAt(end - 1)) && t.charAt(end - 1) != '.') {
            end--;
        }
        if (end - a < 2 || end - a > MAX_SIGNATURE) {
            return null;
        }
        String name = t.substring(a, end);
        if (comma > 0 && (Words.count(t.substring(comma + 1)) > 4
                || hasDate(t.substring(comma + 1).toLowerCase(Locale.ROOT)))) {
            return null; // a sentence goes on after the comma, or a place is followed by its date
        }
        int words = Words.count(name);
        if (words > MAX_SIGNATURE_WORDS) {
            return null;
        }
        int letters = 0;
        int upper = 0;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isDigit(c)) {
                return null;
            }
            if (Character.isLetter(c)) {
                letters++;
                if (Character.isUpperCase(c)) {
                    upper++;
                }
            }
        }
        boolean caps = letters >= 3 && upper * 4 >= letters * 3;
        if (!caps && !(afterClose && LatinBylineRule.isName(name))) {
            return null;
        }
        if (name.endsWith(".") && !endsWithInitial(name)) {
            name = name.substring(0, name.length() - 1);
        }
        return name.trim();
    }

    private static boolean endsWithInitial(String name) {
        int n = name.length();
        return n >= 2 && Character.isUpperCase(name.charAt(n - 2))
                && (n == 2 || !Character.isLetter(name.charAt(n - 3)));
    }

    /**
     * A signature without a complimentary close above it ends the letter only when no text of its own follows:
     * the writer's place and date, the next letter, a heading, or the page's end. A heading in capitals over the
     * next item is followed by that item's text.
     */
    private static boolean endsLetter(List<Line> lines, int i) {
        Line prev = previousText(lines, i);
        if (prev == null || !SentenceEnd.endsSentence(prev.text, false)) {
            return false;
        }
        Line next = null;
        for (int k = i + 1; k < lines.size(); k++) {
            Line l = lines.get(k);
            if (l.kind != LineKind.BLANK && l.kind != LineKind.NOISE && !l.fragment) {
                next = l;
                break;
            }
        }
        if (next == null) {
            return true;
        }
        String n = next.text;
        return next.kind == LineKind.TEXT && (isTail(n) || isAddress(n) || opensWithSalutation(n, false)
                || TitleRule.isCaps(n) && isPseudonym(lines.get(i).text));
    }

    /**
     * A signature no heading looks like: a pen name led by an article ({@code A PARISHIONER.}, {@code ONE WHO
     * KNOWS.}) or a name with initials ({@code J. W. HOLLAND.}). Before a heading in capitals, only such a line is
     * read as the signature of an unclosed letter: a two-line heading ({@code THE WAR.} / {@code LATEST NEWS.}) is
     * not.
     */
    private static boolean isPseudonym(String t) {
        int a = skipJunk(t);
        if (Words.startsWithIgnoreCase(t, a, "a ") || Words.startsWithIgnoreCase(t, a, "an ")
                || Words.startsWithIgnoreCase(t, a, "one ")) {
            return true;
        }
        return a + 2 < t.length() && Character.isUpperCase(t.charAt(a)) && t.charAt(a + 1) == '.';
    }

    private static Line previousText(List<Line> lines, int i) {
        for (int k = i - 1; k >= 0; k--) {
            Line l = lines.get(k);
            if (l.kind != LineKind.BLANK && l.kind != LineKind.NOISE && !l.fragment) {
                return l.kind == LineKind.TEXT ? l : null;
            }
        }
        return null;
    }

    /**
     * A line of the writer's place and date ({@code Western-road, April 29th, 1878.}) or office ({@code Secretary to
     * No. 3 Branch.}): short, naming a month, a year of the century or an address or office word.
     */
    static boolean isTail(String t) {
        if (t.length() > MAX_TAIL || t.length() < 4 || isAddress(t) || opensWithSalutation(t, false)) {
            return false;
        }
        String lower = t.toLowerCase(Locale.ROOT);
        if (hasDate(lower)) {
            return true;
        }
        for (String w : TAIL_WORDS) {
            int at = lower.indexOf(w);
            if (at >= 0 && (at + w.length() == lower.length() || !Character.isLetter(lower.charAt(at + w.length())))) {
                return Words.count(t) <= 8;
            }
        }
        return false;
    }

    /** A month's name or a year of the century, in a lower-cased line. */
    private static boolean hasDate(String lower) {
        for (String m : MONTHS) {
            int at = lower.indexOf(m);
            if (at >= 0 && (at == 0 || !Character.isLetter(lower.charAt(at - 1)))
                    && (at + m.length() == lower.length() || !Character.isLetter(lower.charAt(at + m.length())))) {
                return true;
            }
        }
        return hasYear(lower);
    }

    /** A year written 17xx or 18xx. */
    private static boolean hasYear(String s) {
        for (int i = 0; i + 4 <= s.length(); i++) {
            if (s.charAt(i) == '1' && (s.charAt(i + 1) == '7' || s.charAt(i + 1) == '8')
                    && Character.isDigit(s.charAt(i + 2)) && Character.isDigit(s.charAt(i + 3))
                    && (i == 0 || !Character.isDigit(s.charAt(i - 1)))
                    && (i + 4 == s.length() || !Character.isDigit(s.charAt(i + 4)))) {
                return true;
            }
        }
        return false;
    }

    /** Rule debris and quotes the OCR sets before a line ({@code I Yours obediently.}, {@code ' ask}). */
    private static int skipJunk(String t) {
        int i = 0;
        while (i < t.length() && !Character.isLetterOrDigit(t.charAt(i))) {
            i++;
        }
        if (i + 2 < t.length() && (t.charAt(i) == 'I' || t.charAt(i) == 'i') && t.charAt(i + 1) == ' '
                && Character.isUpperCase(t.charAt(i + 2)) && !Words.startsWithIgnoreCase(t, i + 2, "am")) {
            int j = i + 2;
            while (j < t.length() && Character.isLetter(t.charAt(j))) {
                j++;
            }
            if (j - (i + 2) >= 3 && !isUpperWord(t, i + 2, j)) {
                return i + 2; // "I Yours obediently": a rule read as I before a capitalised word
            }
        }
        return i;
    }

    private static boolean isUpperWord(String t, int a, int b) {
        for (int k = a; k < b; k++) {
            if (!Character.isUpperCase(t.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    /** A draft that is a letter: its headline or the first lines of its text are the address or the salutation. */
    static boolean isLetter(Draft d) {
        if (d.title != null) {
            for (Line l : d.title.lines) {
                if (isAddress(l.text)) {
                    return true;
                }
            }
        }
        int read = 0;
        for (Unit u : d.bodies) {
            for (Line l : u.lines) {
                if (isAddress(l.text) || opensWithSalutation(l.text, true)) {
                    return true;
                }
                if (++read >= 2) {
                    return false;
                }
            }
        }
        return false;
    }
}
