package org.galley.segment;

import java.util.Locale;

/**
 * Jump lines: "Continued on Second Page", "（下转第3版）", "转4版" mark an article that goes on elsewhere;
 * "Continued from First Page", "（上接第1版）", "接上版" one that comes from elsewhere. Traditional forms match too.
 */
final class ContinuationRule {
    private static final String[] ORDINALS = {"first", "second", "third", "fourth", "fifth", "sixth", "seventh",
        "eighth", "ninth", "tenth", "eleventh", "twelfth"};

    private ContinuationRule() {
    }

    /** +1: continued on another page; -1: continued from another page; 0: not a jump line. */
    static int jump(String t, boolean zh) {
        if (t.length() > 45) {
            return 0;
        }
        if (zh) {
            String s = Scripts.fold(CharClass.removeSpaces(t));
            if (s.indexOf('，') >= 0 || s.indexOf('。') >= 0) {
                return 0; // a sentence that happens to hold the words: 特派專人北上接洽，聞
            }
            if (pointsAtPage(s, "上接") || pointsAtPage(s, "上转") || s.contains("接上版")
                    || s.contains("接第") && s.contains("版")) {
                return -1;
            }
            if (pointsAtPage(s, "下转") || (s.contains("转第") && s.contains("版")) || pointsAtPage(s, "紧转")
                    || numberedPageAfter(s, "转") > 0) {
                return 1;
            }
            return 0;
        }
        // OCR often loses the C of "Continued": look for "ontinu" near the start
        for (int at = 0; at <= 6 && at + 6 <= t.length(); at++) {
            if (Words.startsWithIgnoreCase(t, at, "ontinu")) {
                if (!jumpOpening(t, at) || !jumpGoesOn(t, at + 6)) {
                    return 0; // a sentence: "was continued until Nov. 12."
                }
                return Words.containsIgnoreCase(t, "from") ? -1 : 1;
            }
        }
        return 0;
    }

    /** What may follow a jump word: the page (第, a number, 版, 页), the page before or after, or the line's end. */
    private static final String PAGE_AFTER = "第0123456789０１２３４５６７８９一二三四五六七八九十前上下本次版页）)";

    /** {@code 上接第一版}, {@code 下转4版}, {@code 下转}: the jump word followed by where the text goes, not 上接洽. */
    private static boolean pointsAtPage(String s, String word) {
        for (int i = s.indexOf(word); i >= 0; i = s.indexOf(word, i + 1)) {
            int after = i + word.length();
            if (after == s.length() || PAGE_AFTER.indexOf(s.charAt(after)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** Before "ontinu": at most one letter (the C, or what OCR made of it), or a serial's "To be". */
    private static boolean jumpOpening(String t, int at) {
        int letters = 0;
        for (int i = 0; i < at; i++) {
            letters += Character.isLetter(t.charAt(i)) ? 1 : 0;
        }
        return letters <= 1 || Words.containsIgnoreCase(t.substring(0, at), "to b");
    }

    private static final String[] JUMP_WORDS = {"on", "from", "to", "in", "at", "page", "next", "col", "column"};

    /** After the word: nothing but punctuation, or where the text goes on or comes from (on, from, page). */
    private static boolean jumpGoesOn(String t, int i) {
        while (i < t.length() && Character.isLetter(t.charAt(i))) {
            i++; // the end of "continued"
        }
        while (i < t.length() && !Character.isLetterOrDigit(t.charAt(i))) {
            i++;
        }
        if (i == t.length()) {
            return true;
        }
        int end = i;
        while (end < t.length() && Character.isLetter(t.charAt(end))) {
            end++;
        }
        String word = t.substring(i, end).toLowerCase(Locale.ROOT);
        for (String w : JUMP_WORDS) {
            if (w.equals(word)) {
                return !"to".equals(word) || Words.containsIgnoreCase(t, "page");
            }
        }
        return false;
    }

    /** The page a jump line names (第3版, 第三版, 4版, Page 5, Second Page), or 0 when it does not say. */
    static int page(String t, boolean zh) {
        if (zh) {
            String s = Scripts.fold(CharClass.removeSpaces(t));
            int v = s.indexOf('版');
            while (v > 0) {
                int n = numberBefore(s, v);
                if (n > 0) {
                    return n;
                }
                v = s.indexOf('版', v + 1);
            }
            return 0;
        }
        String lower = t.toLowerCase(Locale.ROOT);
        int p = lower.indexOf("page");
        if (p < 0) {
            return 0;
        }
        int k = p + 4;
        while (k < lower.length() && (lower.charAt(k) == ' ' || lower.charAt(k) == '.')) {
            k++;
        }
        int n = 0;
        while (k < lower.length() && Character.isDigit(lower.charAt(k)) && n < 1000) {
            n = n * 10 + Character.digit(lower.charAt(k), 10);
            k++;
        }
        if (n > 0) {
            return n;
        }
        String before = lower.substring(0, p).trim();
        for (int i = 0; i < ORDINALS.length; i++) {
            if (before.endsWith(ORDINALS[i])) {
                return i + 1;
            }
        }
        return 0;
    }

    /** {@code 转4版}: the word, then a page number, then 版. */
    private static int numberedPageAfter(String s, String word) {
        int w = s.indexOf(word);
        if (w < 0) {
            return 0;
        }
        int v = s.indexOf('版', w);
        return v > w + 1 && v <= w + 5 ? numberBefore(s, v) : 0;
    }

    /** The number written just before index {@code v}: digits (ASCII or full-width, after a letter code) or 一..九十. */
    private static int numberBefore(String s, int v) {
        int k = v;
        while (k > 0 && (Character.isDigit(s.charAt(k - 1)) || "〇一二三四五六七八九十".indexOf(s.charAt(k - 1)) >= 0)) {
            k--;
        }
        if (k == v) {
            return 0;
        }
        String num = s.substring(k, v);
        if (Character.isDigit(num.charAt(0))) {
            int n = 0;
            for (int i = 0; i < num.length() && n < 1000; i++) {
                int d = Character.digit(num.charAt(i), 10);
                if (d < 0) {
                    return 0;
                }
                n = n * 10 + d;
            }
            return n;
        }
        return chineseNumber(num);
    }

    /** 一..九十九: 三, 十, 十二, 二十, 二十三. */
    static int chineseNumber(String num) {
        String digits = "〇一二三四五六七八九";
        int ten = num.indexOf('十');
        if (ten < 0) {
            return num.length() == 1 ? Math.max(digits.indexOf(num.charAt(0)), 0) : 0;
        }
        int tens = ten == 0 ? 1 : digits.indexOf(num.charAt(ten - 1));
        int ones = ten == num.length() - 1 ? 0 : digits.indexOf(num.charAt(ten + 1));
        return tens < 0 || ones < 0 ? 0 : tens * 10 + ones;
    }
}
