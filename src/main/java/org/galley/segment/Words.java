package org.galley.segment;

import java.util.ArrayList;
import java.util.List;

/** Cheap text helpers used on every line (no regular expressions: they dominated the profile). */
final class Words {
    private Words() {
    }

    /** Splits on runs of spaces. */
    static List<String> split(String s) {
        List<String> out = new ArrayList<>();
        int n = s.length();
        int i = 0;
        while (i < n) {
            while (i < n && CharClass.isSpace(s.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < n && !CharClass.isSpace(s.charAt(i))) {
                i++;
            }
            if (i > start) {
                out.add(s.substring(start, i));
            }
        }
        return out;
    }

    /** Number of space-separated words, without allocating them. */
    static int count(String s) {
        int words = 0;
        boolean in = false;
        for (int i = 0; i < s.length(); i++) {
            boolean space = CharClass.isSpace(s.charAt(i));
            if (!space && !in) {
                words++;
            }
            in = !space;
        }
        return words;
    }

    static boolean startsWithIgnoreCase(String s, int from, String prefix) {
        int n = prefix.length();
        if (from < 0 || from > s.length() - n) {
            return false; // as regionMatches answers out of range
        }
        // ASCII compared here, letter by letter (most calls end at the first or second letter); the rest of a word
        // with letters beyond ASCII goes to regionMatches, which folds those (the Kelvin sign to k)
        for (int k = 0; k < n; k++) {
            char a = s.charAt(from + k);
            char b = prefix.charAt(k);
            if (a >= 0x80 || b >= 0x80) {
                return s.regionMatches(true, from + k, prefix, k, n - k);
            }
            if (CharClass.lowerAscii(a) != CharClass.lowerAscii(b)) {
                return false;
            }
        }
        return true;
    }

    static boolean containsIgnoreCase(String s, String lowerNeedle) {
        int n = lowerNeedle.length();
        char first = n == 0 ? 0 : lowerNeedle.charAt(0);
        for (int i = 0; i + n <= s.length(); i++) {
            if (n > 0 && differsAscii(s.charAt(i), first)) {
                continue;
            }
            if (s.regionMatches(true, i, lowerNeedle, 0, n)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Two ASCII characters that differ ignoring case. Only ASCII is decided here: regionMatches folds some other
     * characters onto ASCII letters (ſ, ı, the Kelvin sign), so anything else is left to it.
     */
    private static boolean differsAscii(char a, char b) {
        if (a >= 0x80 || b >= 0x80) {
            return false;
        }
        return CharClass.lowerAscii(a) != CharClass.lowerAscii(b);
    }

}
