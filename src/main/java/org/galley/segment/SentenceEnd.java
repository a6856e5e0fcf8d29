package org.galley.segment;

/** Whether a line ends a sentence: the signal that a following blank line or short line ends the paragraph. */
final class SentenceEnd {
    private SentenceEnd() {
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
