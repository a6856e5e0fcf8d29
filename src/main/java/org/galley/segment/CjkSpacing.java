package org.galley.segment;

/**
 * Removes the spaces justification puts into Chinese text: between two Chinese characters, and between a Chinese
 * character and half-width digits or letters ({@code 平湖有 2个} becomes {@code 平湖有2个}). On English text it only
 * collapses runs of spaces.
 */
final class CjkSpacing {
    private CjkSpacing() {
    }

    static String clean(String s, boolean zh) {
        return clean(s, zh, false);
    }

    /**
     * @param runningText the text is a paragraph of running text: a single ideographic space between two words
     *                    (two or more characters each side) is the writer's, not justification, and stays
     */
    static String clean(String s, boolean zh, boolean runningText) {
        if (!zh && !s.contains("  ") && !s.isEmpty() && !CharClass.isSpace(s.charAt(0))
                && !CharClass.isSpace(s.charAt(s.length() - 1))) {
            return s; // nothing to do, the common case in English
        }
        StringBuilder b = new StringBuilder(s.length());
        int n = s.length();
        int i = 0;
        while (i < n) {
            char c = s.charAt(i);
            if (!CharClass.isSpace(c)) {
                b.append(c);
                i++;
                continue;
            }
            int j = i;
            while (j < n && CharClass.isSpace(s.charAt(j))) {
                j++;
            }
            if (b.length() == 0 || j == n) {
                i = j; // leading or trailing
                continue;
            }
            char before = b.charAt(b.length() - 1);
            char after = s.charAt(j);
            boolean drop = zh && (CharClass.isWide(before, true) && (CharClass.isWide(after, true)
                    || CharClass.isAsciiAlnum(after)) || CharClass.isAsciiAlnum(before) && CharClass.isWide(after, true));
            if (drop && runningText && j == i + 1 && c == '\u3000' && wordBefore(b) && wordAfter(s, j)) {
                b.append(c);
            } else if (!drop) {
                b.append(' ');
            }
            i = j;
        }
        return b.toString();
    }

    private static boolean wordBefore(StringBuilder b) {
        int n = b.length();
        return n >= 2 && CharClass.isHan(b.charAt(n - 1)) && CharClass.isHan(b.charAt(n - 2));
    }

    private static boolean wordAfter(String s, int j) {
        return j + 1 < s.length() && CharClass.isHan(s.charAt(j)) && CharClass.isHan(s.charAt(j + 1));
    }
}
