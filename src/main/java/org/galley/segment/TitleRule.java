package org.galley.segment;

import java.util.Set;

/** Line-level tests for what a headline looks like, in Chinese and in English. */
final class TitleRule {
    /** Short words that stay lower case in a title-case deck ("Only Force Can Turn Her Out of Manchuria"). */
    private static final Set<String> SMALL = Set.of("a", "an", "and", "as", "at", "but", "by", "for", "from", "in",
            "into", "is", "of", "on", "or", "the", "to", "with", "up", "has", "its", "be", "are", "was", "will",
            "not", "over", "than", "that", "who", "his", "her");

    private static final int MAX_SMALL = SMALL.stream().mapToInt(String::length).max().orElse(0);

    private TitleRule() {
    }

    /**
     * A Chinese headline line has no clause punctuation (，。；：), does not end in an enumeration comma, and is not
     * longer than a headline gets. Quotes, 、 and · inside are fine: {@code 打造行业党建示范的“平湖模式”}.
     */
    static boolean isZhTitleLike(String t) {
        int len = t.length();
        if (len == 0 || len > 40 || CharClass.countHan(t) == 0) {
            return false;
        }
        for (int i = 0; i < len; i++) {
            char c = t.charAt(i);
            if (c == '，' || c == '。' || c == '；' || c == '：' || c == ',' || c == ';') {
                return false;
            }
        }
        int end = len;
        int sig = t.lastIndexOf('（');
        if (t.charAt(len - 1) == '）' && sig > 0 && (t.charAt(sig - 1) == '、' || t.charAt(sig - 1) == '。')) {
            return false; // 撥充水災賑款、（菊隱）: an item's last clause and its signature
        }
        while (end > 1 && "」』”’）)".indexOf(t.charAt(end - 1)) >= 0) {
            end--; // 乎、」: the end of a quoted clause, not a headline
        }
        char last = t.charAt(end - 1);
        return last != '、' && last != '（' && last != '“' && t.charAt(len - 1) != '（' && t.charAt(len - 1) != '“';
    }

    /** Per ASCII character: 0 no letter, 1 lower case, 3 upper case (bit 0: a letter, bit 1: a capital). */
    private static final byte[] ASCII_CASE = new byte[0x80];

    static {
        for (char c = 'a'; c <= 'z'; c++) {
            ASCII_CASE[c] = 1;
            ASCII_CASE[Character.toUpperCase(c)] = 3;
        }
    }

    /** An English line set in capitals: at least four letters, three quarters of them upper case. */
    static boolean isCaps(String t) {
        if (t.length() > 100) {
            return false;
        }
        int letters = 0;
        int upper = 0;
        int n = t.length();
        for (int i = 0; i < n; i++) {
            char c = t.charAt(i);
            if (c < 0x80) {
                // ASCII without the Unicode tables, and added up rather than branched on (a branch on the kind of
                // each character mispredicts every few characters)
                int k = ASCII_CASE[c];
                letters += k & 1;
                upper += k >> 1;
                // upper * 4 >= letters * 3 means upper >= 3 * lower: once the rest of the line, all capitals,
                // could not make up for the lower case seen, stop (running text, most lines, stops early)
                if (3 * (letters - upper) > upper + (n - 1 - i)) {
                    return false;
                }
            } else if (Character.isLetter(c)) {
                letters++;
                if (Character.isUpperCase(c)) {
                    upper++;
                }
            }
        }
        return letters >= 4 && upper * 4 >= letters * 3;
    }

    /** A title-case line: most words that are not small words start with a capital. */
    static boolean isTitleCase(String t) {
        if (t.length() > 80 || t.endsWith(",")) {
            return false;
        }
        int words = 0;
        int capital = 0;
        // the words of Words.split, trimmed of what is not a letter, found by index without copies; only a word
        // short enough to be a small word is made a String to be looked up
        int n = t.length();
        int i = 0;
        while (i < n) {
            while (i < n && CharClass.isSpace(t.charAt(i))) {
                i++;
            }
            int a = i;
            while (i < n && !CharClass.isSpace(t.charAt(i))) {
                i++;
            }
            int b = i;
            while (a < b && !Character.isLetter(t.charAt(a))) {
                a++;
            }
            while (b > a && !Character.isLetter(t.charAt(b - 1))) {
                b--;
            }
            if (a == b || b - a <= MAX_SMALL && SMALL.contains(t.substring(a, b).toLowerCase(java.util.Locale.ROOT))) {
                continue; // lower case never shortens a word: longer ones are no small word
            }
            words++;
            if (Character.isUpperCase(t.charAt(a))) {
                capital++;
            }
        }
        return words >= 2 && capital * 10 >= words * 7;
    }

    /** A short English headline line of a blank-separated page: short, starts with a capital, no final period. */
    static boolean isShortHeadline(String t) {
        if (t.length() < 3 || t.length() > 80 || !Character.isUpperCase(firstLetter(t))) {
            return false;
        }
        char last = t.charAt(t.length() - 1);
        return last != '.' && last != ',' && last != ';' && last != ':' && last != '-' && Words.count(t) <= 14;
    }

    private static char firstLetter(String t) {
        for (int i = 0; i < t.length(); i++) {
            if (Character.isLetter(t.charAt(i))) {
                return t.charAt(i);
            }
        }
        return ' ';
    }
}
