package org.galley.segment;

/**
 * Chinese datelines open an article: {@code 本报讯}, {@code 【本报讯】}, {@code 本报讯（记者 张三）} (the names in the
 * brackets are a byline), and agency forms such as {@code 新华社北京3月5日电} or {@code 本报杭州3月5日讯}.
 */
final class CjkDatelineRule {
    private static final String[] AGENCIES = {"新华社", "中新社", "中新网", "本报", "人民网", "央视网", "新华网",
        "据新华社", "光明网", "浙江在线"};

    private CjkDatelineRule() {
    }

    static Dateline split(String line) {
        String t = line;
        int i = 0;
        while (i < t.length() && (CharClass.isSpace(t.charAt(i)) || t.charAt(i) == '【' || t.charAt(i) == '['
                || t.charAt(i) == '〔')) {
            i++;
        }
        String s = t.substring(i);
        String marker = null;
        if (s.startsWith("本报讯")) {
            marker = "本报讯";
        } else {
            for (String a : AGENCIES) {
                if (s.startsWith(a)) {
                    marker = agencyDateline(s);
                    break;
                }
            }
        }
        if (marker == null) {
            return null;
        }
        int j = marker.length();
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

    /** {@code 新华社北京3月5日电}: up to 电 or 讯 within the first 24 characters, with no punctuation before it. */
    private static String agencyDateline(String s) {
        int lim = Math.min(s.length(), 24);
        for (int k = 2; k < lim; k++) {
            char c = s.charAt(k);
            if (c == '，' || c == '。' || c == '、' || c == '；') {
                return null;
            }
            if ((c == '电' || c == '讯') && s.substring(0, k).indexOf('日') > 0) {
                return s.substring(0, k + 1);
            }
        }
        return null;
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
