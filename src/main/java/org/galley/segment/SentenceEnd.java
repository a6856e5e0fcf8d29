package org.galley.segment;

/** Whether a line ends a sentence: the signal that a following blank line or short line ends the paragraph. */
final class SentenceEnd {
    private SentenceEnd() {
    }

    /** How a serial's instalment ends: 未完 (to be continued), 待續, 續完, 完, in brackets. */
    private static final String[] INSTALMENT_ENDS = {"(未完)", "(待续)", "(续完)", "(完)", "(全文完)"};

    /**
     * The text ends a serial's instalment ({@code …包你有好處。」（未} ⏎ {@code 完）}): nothing after it belongs to the
     * instalment. {@code tail} is the text's last two lines joined.
     */
    static boolean endsInstalment(String tail) {
        // the last six characters that are not spaces, read backwards: every line of the page comes here, and
        // almost none ends on a bracket
        if (!endsOnBracket(tail)) {
            return false;
        }
        char[] end = new char[6];
        int n = 0;
        for (int i = tail.length() - 1; i >= 0 && n < end.length; i--) {
            char c = tail.charAt(i);
            if (!CharClass.isSpace(c) && c != '\n' && c != '\r') {
                char f = Scripts.fold(c);
                end[end.length - 1 - n++] = f == '（' ? '(' : f == '）' ? ')' : f;
            }
        }
        String t = new String(end, end.length - n, n);
        for (String e : INSTALMENT_ENDS) {
            if (t.endsWith(e)) {
                return true;
            }
        }
        return false;
    }

    /** The last character that is not a space closes a bracket: every instalment end does. */
    static boolean endsOnBracket(String t) {
        int i = t.length() - 1;
        while (i >= 0 && (CharClass.isSpace(t.charAt(i)) || t.charAt(i) == '\n' || t.charAt(i) == '\r')) {
            i--;
        }
        return i >= 0 && (t.charAt(i) == ')' || t.charAt(i) == '）');
    }

    /** A Chinese line an item may end on: a finished sentence, the older papers' trailing {@code 、}, a signature. */
    static boolean endsZhItem(String t) {
        return endsSentence(t, true) || t.endsWith("、") || CjkBylineRule.trailingSignature(t) > 0;
    }

    /**
     * {@link #endsZhItem(String)} of {@code t}, or {@code t} closes a signature that broke over two lines
     * ({@code …不可錯過也、（梨} ⏎ {@code 園客）}); {@code above} is the line before it, or "".
     */
    static boolean endsZhItem(String above, String t) {
        return endsZhItem(t) || !above.isEmpty() && (t.endsWith("）") || t.endsWith(")")) && t.indexOf('（') < 0
                && t.indexOf('(') < 0 && CjkBylineRule.trailingSignature(above + t) > 0;
    }

    static boolean endsSentence(String text, boolean zh) {
        int i = lastSignificant(text, zh);
        if (i < 0) {
            return false;
        }
        char c = text.charAt(i);
        if (c == '。' || c == '！' || c == '？' || c == '…' || c == '!' || c == '?' || c == '．') {
            return true;
        }
        return c == '.' && !zh || c == '.' && i > 0 && !Character.isDigit(text.charAt(i - 1));
    }

    /** Index of the last character that is not a closing quote or bracket (or, in English OCR, a speck). */
    private static int lastSignificant(String text, boolean zh) {
        int i = text.length() - 1;
        while (i >= 0) {
            char c = text.charAt(i);
            boolean closer = c == '”' || c == '’' || c == '」' || c == '』' || c == '）' || c == ')' || c == '》'
                    || c == '〉' || c == '"' || c == '\'' || c == ']' || c == '】' || CharClass.isSpace(c);
            boolean speck = !zh && (c == '*' || c == '^' || c == '|' || c == '«' || c == '»' || c == ',');
            if (!closer && !speck) {
                return i;
            }
            i--;
        }
        return -1;
    }
}
