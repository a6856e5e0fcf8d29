package org.galley.article.diff;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits text for diffing: each CJK character (and full-width punctuation) is a token, because Chinese has no
 * spaces and one wrong character is the usual OCR error; a run of Latin letters or digits is one token, so
 * English shows whole-word changes; whitespace and other punctuation are tokens of their own.
 */
final class Tokens {

    private Tokens() {
    }

    static List<String> of(String text) {
        List<String> tokens = new ArrayList<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            int cp = text.codePointAt(i);
            int len = Character.charCount(cp);
            if (isWordChar(cp)) {
                int j = i + len;
                while (j < n && isWordChar(text.codePointAt(j))) {
                    j += Character.charCount(text.codePointAt(j));
                }
                tokens.add(text.substring(i, j));
                i = j;
            } else if (Character.isWhitespace(cp)) {
                int j = i + len;
                while (j < n && Character.isWhitespace(text.codePointAt(j)) && text.codePointAt(j) != '\n') {
                    j += Character.charCount(text.codePointAt(j));
                }
                tokens.add(text.substring(i, Math.max(j, i + len)));
                i = Math.max(j, i + len);
            } else {
                tokens.add(text.substring(i, i + len));
                i += len;
            }
        }
        return tokens;
    }

    /** Latin-script letters and digits (not CJK, which are single tokens). */
    private static boolean isWordChar(int cp) {
        if (!Character.isLetterOrDigit(cp)) {
            return false;
        }
        Character.UnicodeScript script = Character.UnicodeScript.of(cp);
        return script != Character.UnicodeScript.HAN && script != Character.UnicodeScript.HIRAGANA
                && script != Character.UnicodeScript.KATAKANA && script != Character.UnicodeScript.HANGUL;
    }
}
