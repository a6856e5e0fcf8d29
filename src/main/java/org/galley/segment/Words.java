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
        return s.regionMatches(true, from, prefix, 0, prefix.length());
    }

    static boolean containsIgnoreCase(String s, String lowerNeedle) {
        int n = lowerNeedle.length();
        for (int i = 0; i + n <= s.length(); i++) {
            if (s.regionMatches(true, i, lowerNeedle, 0, n)) {
                return true;
            }
        }
        return false;
    }
}
