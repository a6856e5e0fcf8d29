package org.galley.segment;

/** A headline the layout printed twice in a row ({@code 市委常委会召开会议市委常委会召开会议}) is one headline. */
final class DuplicateTitleRule {
    private DuplicateTitleRule() {
    }

    static String dedupe(String title) {
        String t = title.trim();
        int n = t.length();
        if (n >= 4 && n % 2 == 0 && t.regionMatches(0, t, n / 2, n / 2)) {
            return t.substring(0, n / 2).trim();
        }
        // the same with a space between the copies
        if (n >= 5 && n % 2 == 1 && CharClass.isSpace(t.charAt(n / 2)) && t.regionMatches(0, t, n / 2 + 1, n / 2)) {
            return t.substring(0, n / 2).trim();
        }
        return t;
    }
}
