package org.galley.segment;


/**
 * Page furniture: running heads and footers, page numbers, mastheads, prices and date lines. Recognised by words
 * that only such lines carry, never by position alone.
 */
final class FurnitureRule {
    private static final String[] ZH_WORDS = {"客户端", "公众号", "责任编辑", "责编", "美编", "校对", "版式",
        "网址", "邮箱", "热线", "新闻热线", "邮编", "订阅", "微博", "抖音号", "视频号"};
    private static final String[] WEEKDAYS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
        "sunday"};

    private FurnitureRule() {
    }

    /** Chinese furniture; {@code bounded} says the line stands alone (blank lines or page edges around it). */
    static boolean isZhFurniture(String t, boolean bounded) {
        if (t.length() > 40 || hasClause(t)) {
            return false;
        }
        t = Scripts.fold(t);
        if (isPageNumber(t) || isZhPageLabel(t)) {
            return true;
        }
        if (!bounded) {
            return false;
        }
        for (String w : ZH_WORDS) {
            if (t.contains(w)) {
                return true;
            }
        }
        return isWeekday(t) || t.contains("http") || t.contains("www.");
    }

    /** 星期四 on a date line; a week in running text (續映一星期、) is no date. */
    private static boolean isWeekday(String t) {
        for (int i = t.indexOf("星期"); i >= 0; i = t.indexOf("星期", i + 1)) {
            if (i + 2 < t.length() && "一二三四五六日天".indexOf(t.charAt(i + 2)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** "第3版", "A3版", "3 版 要闻": a page label. */
    private static boolean isZhPageLabel(String t) {
        String s = CharClass.removeSpaces(t);
        int v = s.indexOf('版');
        if (v <= 0 || v > 4 || s.length() > 12) {
            return false;
        }
        for (int i = 0; i < v; i++) {
            char c = s.charAt(i);
            if (!(CharClass.isAsciiAlnum(c) || c == '第' || "一二三四五六七八九十".indexOf(c) >= 0)) {
                return false;
            }
        }
        return true;
    }

    /** Sentence punctuation means prose, not furniture. */
    private static boolean hasClause(String t) {
        return t.indexOf('，') >= 0 || t.indexOf('。') >= 0 || t.indexOf('；') >= 0;
    }

    /** A bare page number or page code ("3", "A3", "- 3 -"). */
    static boolean isPageNumber(String t) {
        if (t.length() > 9) {
            return false;
        }
        String s = CharClass.removeSpaces(t).replace("-", "").replace("—", "");
        if (s.isEmpty() || s.length() > 3) {
            return false;
        }
        int digits = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isDigit(c)) {
                digits++;
            } else if (!(c >= 'A' && c <= 'Z')) {
                return false;
            }
        }
        return digits > 0;
    }

    static boolean isEnFurniture(String t) {
        if (t.length() > 90) {
            return false;
        }
        if (isPageNumber(t)) {
            return true;
        }
        if (Words.startsWithIgnoreCase(t, 0, "price") && Words.containsIgnoreCase(t, "cent")
                || Words.startsWithIgnoreCase(t, 0, "page ") && t.length() < 12) {
            return true;
        }
        if (isMastheadNotice(t)) {
            return true;
        }
        if (hasYear(t) && hasWeekday(t)) {
            return true; // dateline of the issue: "NEW-YORK, FRIDAY, MAY 1, 1903.- FOURTEEN PAGES"
        }
        return isVolumeLine(t);
    }

    /** Price words of English mastheads of the 1800s: PRICE 1d., PRICE ONE PENNY, PRICE FOURPENCE. */
    private static final String[] PENCE = {"penny", "pence", "stamped"};

    /**
     * The notices of an English masthead, set in capitals on a short line of their own: the price
     * ({@code PRICE ONE PENNY}, {@code PRICE 1d.}), the founding year ({@code ESTABLISHED 1804}) and the postal
     * registration ({@code (REGISTERED FOR TRANSMISSION ABROAD.)}, in any case). A price in a bookseller's
     * advertisement ({@code Price 3s. 6d.}) is set in lower case and stays in its advertisement.
     */
    static boolean isMastheadNotice(String t) {
        if (t.length() > 50) {
            return false;
        }
        int a = 0;
        while (a < t.length() && !Character.isLetter(t.charAt(a))) {
            a++;
        }
        // a first look in the two cases OCR gives (String.indexOf is fast); the checks proper ignore case
        if ((t.indexOf("egister") >= 0 || t.indexOf("EGISTER") >= 0) && (Words.containsIgnoreCase(t, "registered for trans")
                || Words.containsIgnoreCase(t, "registered at the g") || Words.containsIgnoreCase(t, "registered as a news"))) {
            return true;
        }
        if (a > 3) {
            return false;
        }
        // the opening word first: it is cheap and rules out nearly every line before the capitals are read
        boolean established = Words.startsWithIgnoreCase(t, a, "established");
        if (!established && (!Words.startsWithIgnoreCase(t, a, "price") || t.length() - a > 30)
                || !TitleRule.isCaps(t)) {
            return false;
        }
        if (established) {
            return hasYear(t) && t.length() - a <= 24;
        }
        for (String w : PENCE) {
            if (Words.containsIgnoreCase(t, w)) {
                return true;
            }
        }
        return hasPence(t);
    }

    /** An amount in pence, {@code 1d.} or {@code 2½d.}, OCR giving the 1 as I or l ({@code Id.}): not BREAD. */
    private static boolean hasPence(String t) {
        for (int i = t.indexOf("d."); i > 0; i = t.indexOf("d.", i + 1)) {
            char c = t.charAt(i - 1);
            if (Character.isDigit(c) || c == '½'
                    || (c == 'I' || c == 'l') && (i < 2 || !Character.isLetter(t.charAt(i - 2)))) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasWeekday(String t) {
        for (String d : WEEKDAYS) {
            if (Words.containsIgnoreCase(t, d)) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasYear(String t) {
        if (t.indexOf('1') < 0 && t.indexOf('2') < 0) {
            return false; // most lines: two quick scans instead of a test of every character
        }
        for (int i = 0; i + 4 <= t.length(); i++) {
            if ((t.charAt(i) == '1' && (t.charAt(i + 1) == '8' || t.charAt(i + 1) == '9'))
                    || (t.charAt(i) == '2' && t.charAt(i + 1) == '0')) {
                if (Character.isDigit(t.charAt(i + 2)) && Character.isDigit(t.charAt(i + 3))
                        && (i == 0 || !Character.isDigit(t.charAt(i - 1)))
                        && (i + 4 == t.length() || !Character.isDigit(t.charAt(i + 4)))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Masthead volume line, "Vol. LXIII No. 20,620": a roman numeral token and a number of three digits or more. */
    private static boolean isVolumeLine(String t) {
        if (t.length() > 40) {
            return false;
        }
        int digitRun = 0;
        int maxDigits = 0;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (Character.isDigit(c)) {
                digitRun++;
                maxDigits = Math.max(maxDigits, digitRun);
            } else if (c != ',' && c != '.') {
                digitRun = 0;
            }
        }
        return maxDigits >= 3 && hasRomanToken(t);
    }

    /** A token of two or more roman-numeral capitals, between spaces, periods or hyphens. */
    private static boolean hasRomanToken(String t) {
        int run = 0;
        for (int i = 0; i <= t.length(); i++) {
            char c = i < t.length() ? t.charAt(i) : ' ';
            if ("IVXLCDM".indexOf(c) >= 0) {
                run = run < 0 ? -1 : run + 1;
            } else if (c == ' ' || c == '.' || c == '-') {
                if (run >= 2) {
                    return true;
                }
                run = 0;
            } else {
                run = -1; // some other character inside the token
            }
        }
        return false;
    }
}
