package org.galley.segment;

import java.util.Locale;

/**
 * Joins the lines of a paragraph or headline. Chinese: no separator, column breaks fall anywhere. Latin: one space,
 * except where a word was broken at the line end: with a hyphen ({@code informa-}/{@code tion}) it is rejoined when
 * the whole word is attested and the hyphen kept when it is real ({@code New-}/{@code York}, a compound the page
 * spells elsewhere); without the hyphen, as OCR often loses it ({@code Har}/{@code bor}), it is rejoined only when
 * the joined word is attested and the halves are not both words themselves.
 */
final class LineJoiner {
    private final boolean zh;
    private final Vocabulary vocabulary;

    LineJoiner(boolean zh, Vocabulary vocabulary) {
        this.zh = zh;
        this.vocabulary = vocabulary;
    }

    void append(StringBuilder acc, String next) {
        if (next.isEmpty()) {
            return;
        }
        if (acc.length() == 0) {
            acc.append(next);
            return;
        }
        char a = acc.charAt(acc.length() - 1);
        char b = next.charAt(0);
        if (CharClass.isWide(a, zh) || CharClass.isWide(b, zh)) {
            acc.append(next); // Chinese column break
            return;
        }
        if (zh && (Character.isDigit(a) && Character.isDigit(b))) {
            acc.append(next); // a number broken by a narrow Chinese column
            return;
        }
        if (a == '-' && acc.length() >= 2 && Character.isLetter(acc.charAt(acc.length() - 2))
                && Character.isLetter(b)) {
            hyphenated(acc, next);
            return;
        }
        if ((a == '\u00AC' || a == '\u2014' || a == '\u2013' || a == '=') && acc.length() >= 2
                && Character.isLetter(acc.charAt(acc.length() - 2)) && Character.isLowerCase(b)
                && dashAsHyphen(acc, next)) {
            acc.setLength(acc.length() - 1); // old OCR reads the hyphen as a dash or a not sign: com— / mittee
            acc.append(next);
            return;
        }
        if (Character.isLetter(a) && Character.isLetter(b) && droppedHyphen(acc, next)) {
            acc.append(next);
            return;
        }
        acc.append(' ').append(next);
    }

    String join(Iterable<String> lines) {
        StringBuilder b = new StringBuilder();
        for (String s : lines) {
            append(b, s);
        }
        return b.toString();
    }

    /** The line ended in a hyphen: real hyphen, or a word broken for the column? */
    private void hyphenated(StringBuilder acc, String next) {
        String left = trailingWord(acc, acc.length() - 1);
        if (left.isEmpty()) {
            left = lastPartOfCompound(acc, acc.length() - 1); // cotton-manu- / facturer
        }
        String right = leadingWord(next);
        String lowLeft = left.toLowerCase(Locale.ROOT);
        String lowRight = right.toLowerCase(Locale.ROOT);
        boolean compound = vocabulary.hasCompound(lowLeft + "-" + lowRight);
        boolean bothCapitalised = !left.isEmpty() && Character.isUpperCase(left.charAt(0))
                && Character.isUpperCase(right.charAt(0)) && !isAllCaps(left + right);
        if (!compound && !bothCapitalised && !left.isEmpty() && (vocabulary.known(lowLeft + lowRight)
                || brokenFragment(lowLeft, right, lowRight))) {
            acc.setLength(acc.length() - 1); // soft hyphen: informa-tion
        }
        acc.append(next); // otherwise keep the hyphen, New-York; unattested words are not guessed
    }

    /**
     * A word the list does not know, broken for the column: the right part goes on in lower case and the halves are
     * not both words ({@code indispens-} / {@code able}, {@code ex-} / {@code amination}, or an OCR misreading of
     * such a word). A hyphen between two words ({@code to-} / {@code day}, {@code coal-} / {@code pit}) is kept,
     * since a real compound is as likely as a broken word and an editor removes a hyphen more easily than he finds
     * a missing one.
     */
    private boolean brokenFragment(String lowLeft, String right, String lowRight) {
        return !right.isEmpty() && Character.isLowerCase(right.charAt(0)) && lowLeft.length() + lowRight.length() >= 4
                && !(vocabulary.known(lowLeft) && vocabulary.known(lowRight));
    }

    /**
     * A line ending in a dash glued to a word: a hyphen misread when the joined word is attested and its halves are
     * not two words of their own ({@code com—} / {@code mittee}); a real dash otherwise ({@code said he—} / {@code and}).
     */
    private boolean dashAsHyphen(StringBuilder acc, String next) {
        String left = trailingWord(acc, acc.length() - 1).toLowerCase(Locale.ROOT);
        String right = leadingWord(next).toLowerCase(Locale.ROOT);
        if (left.isEmpty() || right.isEmpty()) {
            return false;
        }
        return vocabulary.known(left + right) && (acc.charAt(acc.length() - 1) == '\u00AC'
                || !(vocabulary.known(left) && vocabulary.known(right)));
    }

    /** The hyphen was lost: rejoin only a word the page or the word list attests. */
    private boolean droppedHyphen(StringBuilder acc, String next) {
        // Asked at nearly every line end of English text: the words are found by index and looked up from a
        // scratch buffer; Strings are made only for the rare word with letters beyond ASCII.
        int end = acc.length();
        int a = trailingStart(acc, end);
        int rb = 0;
        while (rb < next.length() && CharClass.isLetter(next.charAt(rb))) {
            rb++;
        }
        if (a < 0 || a == end || rb < 2 || rb < rightTokenLength(next)) {
            return false;
        }
        boolean caps = isAllCaps(acc, a, end) && isAllCaps(next, 0, rb);
        if (!caps && !Character.isLowerCase(next.charAt(0))) {
            return false; // a capital starts a new word: a name or a sentence
        }
        int la = end - a;
        if (scratch.length < la + rb) {
            scratch = new char[la + rb];
        }
        char[] w = scratch;
        for (int i = 0; i < la + rb; i++) {
            char c = i < la ? acc.charAt(a + i) : next.charAt(i - la);
            if (c >= 0x80) {
                return droppedHyphen(acc.substring(a, end), next.substring(0, rb));
            }
            w[i] = CharClass.lowerAscii(c);
        }
        if (!vocabulary.known(w, 0, la + rb)) {
            return false;
        }
        boolean leftWord = vocabulary.known(w, 0, la);
        boolean rightWord = vocabulary.known(w, la, rb);
        if (!leftWord || !rightWord) {
            return true; // Har|bor, indepen|dent
        }
        return vocabulary.onPage(w, 0, la + rb); // rail|roads only when the page itself writes railroads
    }

    private char[] scratch = new char[32];

    /** The same question for words with letters beyond ASCII, whose lower case may change their length. */
    private boolean droppedHyphen(String left, String right) {
        String lowLeft = left.toLowerCase(Locale.ROOT);
        String lowRight = right.toLowerCase(Locale.ROOT);
        String joined = lowLeft + lowRight;
        if (!vocabulary.known(joined)) {
            return false;
        }
        boolean leftWord = vocabulary.known(lowLeft);
        boolean rightWord = vocabulary.known(lowRight);
        if (!leftWord || !rightWord) {
            return true; // Har|bor, indepen|dent
        }
        return vocabulary.onPage(joined); // rail|roads only when the page itself writes railroads
    }

    /** The letters of the word ending at {@code end} (exclusive), or "" if it is not a plain word. */
    private static String trailingWord(CharSequence s, int end) {
        int a = trailingStart(s, end);
        return a < 0 ? "" : s.subSequence(a, end).toString();
    }

    /** Where {@link #trailingWord} starts, or -1 where it is "" for being part of something larger. */
    private static int trailingStart(CharSequence s, int end) {
        int a = end;
        while (a > 0 && CharClass.isLetter(s.charAt(a - 1))) {
            a--;
        }
        if (a > 0 && !CharClass.isSpace(s.charAt(a - 1)) && "\"'(“‘[".indexOf(s.charAt(a - 1)) < 0) {
            return -1; // part of something larger (a number, a compound), leave it
        }
        return a;
    }

    /** The letters after the last inner hyphen of a compound ending at {@code end}, or "". */
    private static String lastPartOfCompound(CharSequence s, int end) {
        int a = end;
        while (a > 0 && CharClass.isLetter(s.charAt(a - 1))) {
            a--;
        }
        return a > 1 && a < end && s.charAt(a - 1) == '-' && CharClass.isLetter(s.charAt(a - 2))
                ? s.subSequence(a, end).toString() : "";
    }

    private static String leadingWord(String s) {
        int b = 0;
        while (b < s.length() && Character.isLetter(s.charAt(b))) {
            b++;
        }
        return s.substring(0, b);
    }

    /** Length of the first token up to trailing punctuation: a word followed by digits is not a plain word. */
    private static int rightTokenLength(String s) {
        int b = 0;
        while (b < s.length() && !CharClass.isSpace(s.charAt(b)) && (Character.isLetterOrDigit(s.charAt(b))
                || s.charAt(b) == '-')) {
            b++;
        }
        return b;
    }

    private static boolean isAllCaps(String w) {
        return isAllCaps(w, 0, w.length());
    }

    private static boolean isAllCaps(CharSequence w, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!Character.isUpperCase(w.charAt(i))) {
                return false;
            }
        }
        return to > from;
    }
}
