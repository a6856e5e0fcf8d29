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
        if (from >= 0 && from < s.length() && !prefix.isEmpty()
                && differsAscii(s.charAt(from), prefix.charAt(0))) {
            return false; // the first letters differ: most calls end here, without regionMatches' case tables
        }
        return s.regionMatches(true, from, prefix, 0, prefix.length());
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
