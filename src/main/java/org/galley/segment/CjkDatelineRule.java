package org.galley.segment;

/**
 * Chinese datelines open an article: {@code 本报讯}, {@code 【本报讯】}, {@code 本报讯（记者 张三）} (the names in the
 * brackets are a byline), agency forms such as {@code 新华社北京3月5日电} or {@code 本报杭州3月5日讯}, and wire
 * datelines in brackets, {@code （南京十日電）} or {@code （中央社北平电）}. Traditional forms match too (本報訊): the
 * rule reads the folded text and cuts the original.
 */
final class CjkDatelineRule {
    private static final String[] AGENCIES = {"新华社", "中新社", "中新网", "本报", "人民网", "央视网", "新华网",
        "据新华社", "光明网", "浙江在线", "中央社", "路透社", "美联社", "合众社", "国民社", "电通社"};
    /** What a wire dateline holds between its brackets before 电: a place, a date, an agency. */
    private static final int MAX_WIRE = 20;

    private CjkDatelineRule() {
    }

    static Dateline split(String line) {
        String t = line;
        int i = 0;
        while (i < t.length() && (CharClass.isSpace(t.charAt(i)) || t.charAt(i) == '【' || t.charAt(i) == '['
                || t.charAt(i) == '〔' || CjkCrosshead.MARKS.indexOf(t.charAt(i)) >= 0)) {
            i++; // and the bullet that opens each brief of a column (■本报讯)
        }
        String s = t.substring(i);
        String f = Scripts.fold(s);
        int wire = wireEnd(f);
        if (wire > 0) {
            String rest = s.substring(wire);
            int j = 0;
            while (j < rest.length() && (CharClass.isSpace(rest.charAt(j)) || rest.charAt(j) == '：')) {
                j++;
            }
            return new Dateline(CharClass.removeSpaces(s.substring(1, wire - 1)), rest.substring(j), null);
        }
        if (i > 0 && t.charAt(i - 1) == '〔') {
            Dateline reported = reportedFrom(s);
            if (reported != null) {
                return reported;
            }
        }
        int markerLength = 0;
        if (f.startsWith("本报讯")) {
            markerLength = 3;
        } else {
            for (String a : AGENCIES) {
                if (f.startsWith(a)) {
                    markerLength = agencyDateline(f);
                    break;
                }
            }
        }
        if (markerLength == 0) {
            return null;
        }
        String marker = s.substring(0, markerLength);
        int j = markerLength;
        while (j < s.length() && (s.charAt(j) == '】' || s.charAt(j) == ']' || s.charAt(j) == '〕'
                || CharClass.isSpace(s.charAt(j)))) {
            j++;
        }
        ParsedByline by = null;
        if (j < s.length() && (s.charAt(j) == '（' || s.charAt(j) == '(')) {
            int close = indexOfClose(s, j + 1);
            if (close > 0) {
                by = CjkBylineRule.parse(s.substring(j + 1, close));
                if (by != null) {
                    j = close + 1;
                }
            }
        }
        while (j < s.length() && (CharClass.isSpace(s.charAt(j)) || s.charAt(j) == '：' || s.charAt(j) == ':')) {
            j++;
        }
        return new Dateline(marker, s.substring(j), by);
    }

    /** Longest bracket of reporters and place: {@code 〔記者王美玲、陳建宏／新竹報導〕} and a little more. */
    private static final int MAX_REPORTED = 30;

    /**
     * {@code 記者林志豪／台中報導〕…} (the opening bracket already passed): the reporters before the slash are the
     * byline, the place with 報導 after it the dateline, the text after the bracket the rest. Null when the bracket
     * names no reporter or no place reported from.
     */
    private static Dateline reportedFrom(String s) {
        int close = s.indexOf('〕');
        if (close < 0 || close > MAX_REPORTED) {
            return null;
        }
        String inner = s.substring(0, close);
        int slash = Math.max(inner.lastIndexOf('／'), inner.lastIndexOf('/'));
        if (slash <= 0) {
            return null;
        }
        String place = CharClass.removeSpaces(inner.substring(slash + 1));
        String folded = Scripts.fold(place);
        if (!(folded.endsWith("报导") || folded.endsWith("报道")) || folded.length() < 3) {
            return null;
        }
        ParsedByline by = CjkBylineRule.parseMarked(inner.substring(0, slash));
        if (by == null || by.reporters.isEmpty() && by.correspondents.isEmpty()) {
            return null;
        }
        int j = close + 1;
        while (j < s.length() && CharClass.isSpace(s.charAt(j))) {
            j++;
        }
        return new Dateline(place, s.substring(j), by);
    }

    /**
     * A wire dateline in brackets at the start of the (folded) text: {@code （南京十日电）}, {@code （中央社北平电）}.
     * Returns the index after the closing bracket, or 0. Between the brackets: at least two characters before 电,
     * 讯 or 专访 ({@code （本報專訪）}), Han characters and digits only (a clause is not a dateline).
     */
    static int wireEnd(String f) {
        if (f.isEmpty() || (f.charAt(0) != '（' && f.charAt(0) != '(')) {
            return 0;
        }
        int lim = Math.min(f.length(), MAX_WIRE + 3);
        for (int k = 1; k < lim; k++) {
            char c = f.charAt(k);
            if ((c == '电' || c == '讯' || c == '访' && (f.charAt(k - 1) == '专' || f.charAt(k - 1) == '采')) && k >= 3 && k + 1 < f.length()
                    && (f.charAt(k + 1) == '）' || f.charAt(k + 1) == ')')) {
                return k + 2;
            }
            if (!(CharClass.isHan(c) || Character.isDigit(c) || CharClass.isSpace(c) || c == '·')) {
                return 0;
            }
        }
        return 0;
    }

    /** A line that opens a bracketed wire dateline the next line closes: {@code （南京十} ⏎ {@code 日電）…}. */
    static boolean opensBrokenWire(String line, String next) {
        if (line.isEmpty() || (line.charAt(0) != '（' && line.charAt(0) != '(') || line.indexOf('）') >= 0
                || line.indexOf(')') >= 0 || line.length() > MAX_WIRE) {
            return false;
        }
        return wireEnd(Scripts.fold(line + next)) > line.length();
    }

    /**
     * A line whose dateline is followed by a bracketed byline the next line closes:
     * {@code 本报讯（记者 孙可 通讯员 林海} ⏎ {@code 燕）3月10日…}.
     */
    static boolean opensBrokenByline(String line, String next) {
        Dateline d = split(line);
        if (d == null || d.byline() != null || d.rest().isEmpty()
                || (d.rest().charAt(0) != '（' && d.rest().charAt(0) != '(') || d.rest().indexOf('）') >= 0
                || d.rest().indexOf(')') >= 0) {
            return false;
        }
        Dateline joined = split(line + next);
        return joined != null && joined.byline() != null;
    }

    /** {@code 新华社北京3月5日电}: up to 电 or 讯 within the first 24 characters, with no punctuation before it. */
    private static int agencyDateline(String s) {
        int lim = Math.min(s.length(), 24);
        for (int k = 2; k < lim; k++) {
            char c = s.charAt(k);
            if (c == '，' || c == '。' || c == '、' || c == '；') {
                return 0;
            }
            if ((c == '电' || c == '讯') && s.substring(0, k).indexOf('日') > 0) {
                return k + 1;
            }
        }
        return 0;
    }

    private static int indexOfClose(String s, int from) {
        for (int k = from; k < s.length() && k < from + 30; k++) {
            if (s.charAt(k) == '）' || s.charAt(k) == ')') {
                return k;
            }
        }
        return -1;
    }
}
