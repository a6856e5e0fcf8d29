package org.galley.segment;

import java.util.List;

/**
 * The masthead of a Chinese page: the issue's date ({@code 中華民國二十四年五月十日　星期五}, {@code 2024年3月12日 星期二}),
 * the sheet ({@code 第一張}), and, in the top block that holds them, the paper's name and price ({@code 晶報} / date /
 * {@code 第一張}). Left as text they read as a headline group and become the kicker of the first item.
 */
final class CjkMasthead {
    private static final String NUMERALS = "0123456789０１２３４５６７８９〇零一二三四五六七八九十廿卅";
    private static final String[] ERAS = {"中华民国", "民国", "公元", "西历"};
    /** A masthead line is short: the paper's name, a price. */
    private static final int MAX_MASTHEAD_LINE = 16;

    private CjkMasthead() {
    }

    static void mark(List<Line> lines) {
        for (Line l : lines) {
            String t = l.text;
            if (l.kind == LineKind.TEXT && !l.punctuationOnly && !l.datelineStart && t.length() <= 30
                    && (t.indexOf('月') > 0 && isIssueDate(t) || t.charAt(0) == '第' && isSheetLabel(t))) {
                l.kind = LineKind.FURNITURE;
            }
        }
        markTopBlock(lines);
    }

    /**
     * In the first block of the page, when it holds the date or the sheet: the paper's name ({@code 晶報}) and its
     * price ({@code 零售每份銅元三枚}). Other lines of the block may be the first headline and stay.
     */
    private static void markTopBlock(List<Line> lines) {
        int from = 0;
        while (from < lines.size() && lines.get(from).kind == LineKind.BLANK) {
            from++;
        }
        int to = from;
        boolean furniture = false;
        while (to < lines.size() && lines.get(to).kind != LineKind.BLANK) {
            furniture |= lines.get(to).kind == LineKind.FURNITURE;
            to++;
        }
        if (isPageHead(lines, from, to)) {
            for (int k = from; k < to; k++) {
                lines.get(k).kind = LineKind.FURNITURE;
            }
            return;
        }
        if (!furniture) {
            markSectionLabel(lines, from, to);
            return;
        }
        for (int k = from; k < to; k++) {
            Line l = lines.get(k);
            if (l.kind == LineKind.TEXT && !l.datelineStart && !hasClause(l.text)
                    && CharClass.visibleLength(l.text) <= MAX_MASTHEAD_LINE
                    && (isPaperName(l.text) || isPriceLine(l.text))) {
                l.kind = LineKind.FURNITURE;
            }
        }
    }

    /**
     * A page's section label alone in the first block ({@code 本埠新聞}, {@code 社會新聞}) above the first headline (a
     * short line with no clause): furniture, not the first item's kicker. Over text it is the headline of a
     * round-up and stays.
     */
    private static void markSectionLabel(List<Line> lines, int from, int to) {
        if (to != from + 1 || lines.get(from).kind != LineKind.TEXT || lines.get(from).datelineStart
                || !isSectionLabel(lines.get(from).text)) {
            return;
        }
        int next = to;
        while (next < lines.size() && lines.get(next).kind == LineKind.BLANK) {
            next++;
        }
        int end = next;
        while (end < lines.size() && lines.get(end).kind == LineKind.TEXT && !lines.get(end).datelineStart
                && !hasClause(lines.get(end).text) && CharClass.visibleLength(lines.get(end).text) <= 12) {
            end++;
        }
        // a headline block (one to three short lines without a clause) and a blank line after it
        if (next > to && end > next && end - next <= 3 && end < lines.size() && lines.get(end).kind == LineKind.BLANK) {
            lines.get(from).kind = LineKind.FURNITURE;
        }
    }

    /**
     * The page's running head as a block of its own: every line a date, a weekday, a page code with the page's name
     * ({@code A7 中部新聞}, {@code 要闻 5}) or the editors' credits ({@code 责任编辑：王莉}), and at least one of them
     * a date or the credits, so that a short headline with a number ({@code 3人受伤}) alone at the top stays.
     */
    private static boolean isPageHead(List<Line> lines, int from, int to) {
        if (to - from > MAX_HEAD_LINES) {
            return false;
        }
        boolean dated = false;
        for (int k = from; k < to; k++) {
            Line l = lines.get(k);
            String t = l.text;
            boolean date = l.kind == LineKind.FURNITURE && t.indexOf('月') > 0 || isIssueDate(t)
                    || FurnitureRule.isZhFurniture(t, true) && !isPageCode(t);
            if (!date && !(l.kind == LineKind.FURNITURE || l.kind == LineKind.TEXT && !l.datelineStart
                    && (isWeekday(t) || isPageCode(t)))) {
                return false;
            }
            dated |= date;
        }
        return dated;
    }

    /** The running head holds at most this many lines: page, date, weekday, credits. */
    private static final int MAX_HEAD_LINES = 4;

    /** 星期三, 禮拜日: a weekday alone. */
    static boolean isWeekday(String line) {
        String s = Scripts.fold(CharClass.removeSpaces(line));
        return s.length() == 3 && (s.startsWith("星期") || s.startsWith("礼拜")) && "一二三四五六日天".indexOf(s.charAt(2)) >= 0;
    }

    /** A page code and the page's name, either way round: {@code A7 中部新聞}, {@code 4 民生}, {@code 要闻 5}. */
    static boolean isPageCode(String line) {
        String s = CharClass.removeSpaces(line);
        int a = 0;
        while (a < s.length() && a < 3 && CharClass.isAsciiAlnum(s.charAt(a))) {
            a++;
        }
        int b = s.length();
        while (b > a && s.length() - b < 3 && CharClass.isAsciiAlnum(s.charAt(b - 1))) {
            b--;
        }
        boolean codeFirst = a > 0 && b == s.length() && hasDigit(s, 0, a);
        boolean codeLast = a == 0 && b < s.length() && hasDigit(s, b, s.length());
        int han = b - a;
        return (codeFirst || codeLast) && han >= 2 && han <= 6 && CharClass.countHan(s.substring(a, b)) == han
                && spaced(line.strip()); // the page's layout sets its code apart: 3人受伤 is a headline
    }

    private static boolean spaced(String t) {
        for (int i = 0; i < t.length(); i++) {
            if (CharClass.isSpace(t.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasDigit(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (Character.isDigit(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** 本埠新聞, 社會新聞, 國外要聞: a few characters naming what news the page holds. */
    static boolean isSectionLabel(String line) {
        String s = Scripts.fold(CharClass.removeSpaces(line));
        return s.length() >= 4 && s.length() <= 6 && CharClass.countHan(s) == s.length()
                && (s.endsWith("新闻") || s.endsWith("要闻"));
    }

    /** 晶報, 春申小報, 大公晚報: a short name ending in 報 or 刊. */
    static boolean isPaperName(String line) {
        String s = Scripts.fold(CharClass.removeSpaces(line));
        return s.length() >= 2 && s.length() <= 6 && (s.endsWith("报") || s.endsWith("刊"))
                && CharClass.countHan(s) == s.length();
    }

    /** 零售每份銅元三枚, 每份定價大洋三分: what the paper costs. */
    static boolean isPriceLine(String line) {
        String s = Scripts.fold(CharClass.removeSpaces(line));
        return s.contains("每份") || s.contains("零售") || s.contains("报费") || s.contains("定价");
    }

    private static boolean hasClause(String t) {
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == '，' || c == '。' || c == '；' || c == '、' || c == '！' || c == '？') {
                return true;
            }
        }
        return false;
    }

    /** A line that is only a date with a year, optionally with its weekday (and a page label). */
    static boolean isIssueDate(String line) {
        String s = Scripts.fold(CharClass.removeSpaces(line));
        int k = 0;
        for (String era : ERAS) {
            if (s.startsWith(era)) {
                k = era.length();
                break;
            }
        }
        k = number(s, k, '年');
        k = k < 0 ? -1 : number(s, k, '月');
        k = k < 0 ? -1 : number(s, k, '日');
        if (k < 0) {
            return false;
        }
        while (k < s.length() && "（(）)·／/".indexOf(s.charAt(k)) >= 0) {
            k++;
        }
        if (s.startsWith("星期", k) || s.startsWith("礼拜", k)) {
            k += 3;
        }
        while (k < s.length() && "（(）)·".indexOf(s.charAt(k)) >= 0) {
            k++;
        }
        return k >= s.length() || isSheetLabel(s.substring(k));
    }

    /** 第一張, 第3版: a sheet or page label alone. */
    static boolean isSheetLabel(String line) {
        String s = Scripts.fold(CharClass.removeSpaces(line));
        int n = s.length();
        if (n < 3 || n > 6 || s.charAt(0) != '第' || (s.charAt(n - 1) != '张' && s.charAt(n - 1) != '版')) {
            return false;
        }
        for (int i = 1; i < n - 1; i++) {
            if (NUMERALS.indexOf(s.charAt(i)) < 0) {
                return false;
            }
        }
        return true;
    }

    /** Index after {@code numerals + unit} at k, or -1. */
    private static int number(String s, int k, char unit) {
        int m = k;
        while (m < s.length() && m < k + 4 && NUMERALS.indexOf(s.charAt(m)) >= 0) {
            m++;
        }
        return m > k && m < s.length() && s.charAt(m) == unit ? m + 1 : -1;
    }
}
