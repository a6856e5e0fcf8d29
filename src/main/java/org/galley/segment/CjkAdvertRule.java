package org.galley.segment;

import java.util.List;

/**
 * Chinese advertisements and notices, in either script: a block of lines (between blank or non-text lines) that
 * carries the marks of trade (a phone number, an address, prices, selling and shop words) and almost no clause
 * punctuation ({@code 白玉牙膏／潔齒生香／各大公司均有出售／電話五六七八號}). Its first line starts an advertisement,
 * ending the text above; its last line ends it.
 */
final class CjkAdvertRule {
    private static final int MAX_LINES = 12;
    private static final String[] SELLING = {"出售", "发售", "有售", "经售", "代售", "均有", "批发", "零售", "经理处",
        "发行所", "出品", "制造", "承办", "函索", "即寄", "欢迎", "惠顾", "光顾", "赐顾", "开幕", "廉价", "减价", "特价",
        "大减价", "折扣", "九折", "八折", "七折", "赠品", "奉送", "价目", "售价", "定价", "每瓶", "每盒", "每打", "每包",
        "每份", "大洋", "各大", "特卖", "选购", "订购", "代理", "自售", "急售", "出租", "招租", "总价"};
    /** A patent medicine's claims: what it cures, that a home must keep it. */
    private static final String[] REMEDIES = {"专治", "主治", "家庭常备", "四时必备", "居家必备", "旅行必备", "神效",
        "特效", "灵效", "药到病除", "服之", "立止", "一服即愈"};
    /** Slogans only trade uses. */
    private static final String[] SLOGANS = {"价廉物美", "物美价廉", "货真价实", "童叟无欺", "欢迎选购", "请认明",
        "商标", "谨防假冒", "全场", "中介勿扰", "仲介勿扰"};
    private static final String[] SHOPS = {"公司", "药房", "商行", "洋行", "书局", "银号", "商店", "百货", "总行",
        "分行", "门市", "本号", "本店", "本厂", "本公司", "谨启", "敬启", "启事", "谨告", "广告", "声明", "菜社", "菜馆",
        "酒楼", "酒家", "西菜", "大药房", "戏院", "舞厅", "成衣", "西服号"};
    /** A cinema's or theatre's programme: showings and their times. */
    private static final String[] SHOWS = {"开映", "开锣", "日场", "夜场", "早场", "连映", "加映", "特映", "巨片", "钜片",
        "开演", "日起映", "票价", "座价", "每日四场", "每日三场", "每日两场", "日夜四场", "日夜两场", "有声片", "有声巨片"};
    /** A private notice: to let, lost and void, seeking a person, disclaiming a debt. */
    private static final String[] NOTICES = {"特此声明", "特此布告", "特此奉告", "无涉", "作废", "遗失", "寻人", "招租",
        "月租", "看屋", "押款", "押店", "当铺", "利息", "律师代表", "事务所", "委称", "招请", "有意者"};
    private static final String NUMERALS = "0123456789０１２３４５６７８９〇一二三四五六七八九十百千";

    private CjkAdvertRule() {
    }

    static void mark(List<Line> lines) {
        int i = 0;
        while (i < lines.size()) {
            if (!inBlock(lines.get(i))) {
                i++;
                continue;
            }
            int j = i;
            while (j < lines.size() && inBlock(lines.get(j))) {
                j++;
            }
            // an advert glued under an item's text is the advert alone, even where the short item would pass for
            // one with it (a wire item's four clauses over a medicine's claims)
            int tail = gluedTail(lines, i, j);
            if (tail > i && !isAdvert(lines, i, tail)) {
                lines.get(tail).advertStart = true;
                lines.get(j - 1).advertEnd = true;
            } else if (j - i <= MAX_LINES && isAdvert(lines, i, j)) {
                lines.get(i).advertStart = true;
                lines.get(j - 1).advertEnd = true;
            }
            i = j;
        }
    }

    /**
     * An advert set right under an item's last line ({@code …尚在交涉中、} ⏎ {@code 大上海戲院} ⏎ {@code 今日起映}):
     * after a line that ends a sentence or an item, two or more short lines without clause punctuation that read as
     * an advert on their own. Returns where the advert starts, or -1.
     */
    private static int gluedTail(List<Line> lines, int from, int to) {
        int width = 0;
        for (int k = from; k < to; k++) {
            width = Math.max(width, CharClass.visibleLength(lines.get(k).text));
        }
        int start = to;
        while (start - 1 > from && start > to - MAX_TAIL && shortBare(lines.get(start - 1).text, width)) {
            start--;
        }
        // the longest tail that reads as an advert, under a line that finished its item
        for (int k = start; k <= to - 2; k++) {
            String above = lines.get(k - 1).text;
            // a signature's closing bracket ends an item too, when the signature broke over two lines (（ ⏎ 梨園客）)
            boolean itemEnds = SentenceEnd.endsSentence(above, true) || above.endsWith("、") || above.endsWith("）");
            if (itemEnds && isAdvert(lines, k, to)) {
                return k;
            }
        }
        return -1;
    }

    /** The most lines of an advert glued under an item. */
    private static final int MAX_TAIL = 8;

    /**
     * A line of an advert under running text: no clause punctuation, and shorter than the column or spaced into
     * words ({@code 總發行所　南京路三百四十五號}, {@code 二時半　五時半　七時半}): an advert's lines may run wider
     * than the narrow column of the item above, running text is not spaced.
     */
    private static boolean shortBare(String t, int width) {
        return (CharClass.visibleLength(t) * 5 <= width * 4 || spacedIntoWords(t)) && t.indexOf('，') < 0
                && t.indexOf('。') < 0 && !t.endsWith("、");
    }

    /**
     * Spaces between two Chinese words of the line. The justification spaces of running text stand beside digits
     * and letters ({@code 有 1.2万余名}); and the tail must still read as an advert on its own.
     */
    private static boolean spacedIntoWords(String t) {
        for (int k = 1; k + 1 < t.length(); k++) {
            if (CharClass.isSpace(t.charAt(k)) && CharClass.isHan(t.charAt(k - 1))) {
                int m = k;
                while (m < t.length() && CharClass.isSpace(t.charAt(m))) {
                    m++;
                }
                if (m < t.length() && CharClass.isHan(t.charAt(m))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean inBlock(Line l) {
        return l.kind == LineKind.TEXT && !l.punctuationOnly;
    }

    static boolean isAdvert(List<Line> lines, int from, int to) {
        if (to - from >= 2 && isNoticeHeading(lines.get(from).text)) {
            return true; // 尋人, 結婚啟事, 緊要聲明 over its text: a notice, whatever its punctuation
        }
        StringBuilder b = new StringBuilder();
        for (int k = from; k < to; k++) {
            b.append(CharClass.removeSpaces(lines.get(k).text)).append('\n');
        }
        return isAdvertText(b.toString());
    }

    /** The block's text, lines separated by line breaks. */
    static boolean isAdvertText(String block) {
        String s = Scripts.fold(block);
        int visible = 0;
        int clauses = 0;
        int enumerations = 0;
        int clauseEnds = 0;
        for (int k = 0; k < s.length(); k++) {
            char c = s.charAt(k);
            if (c == '\n') {
                continue;
            }
            if (c == '、' && k + 1 < s.length() && s.charAt(k + 1) == '\n') {
                clauseEnds++; // a line ending on the comma: the sentence runs on into the next line
            }
            visible++;
            if (c == '，' || c == '。' || c == '；' || c == '！' || c == '？') {
                clauses++;
            } else if (c == '、') {
                enumerations++; // the comma of older papers' running text; a list in an advert has one or two
            }
        }
        if (visible < 6 || clauses * 15 > visible || enumerations >= 3 && enumerations * 15 > visible
                || clauseEnds >= 2) {
            return false; // running text punctuates its clauses
        }
        int score = 0;
        if (phone(s)) {
            score += 2;
        }
        if (address(s)) {
            score += 2;
        }
        if (price(s)) {
            score++;
        }
        score += Math.min(2, count(s, SELLING)); // one selling word may be news; two are trade
        score += Math.min(2, count(s, SHOWS));
        score += Math.min(2, count(s, REMEDIES));
        score += Math.min(2, count(s, NOTICES));
        if (signedNotice(s) || showTimes(s) >= 3) {
            score++;
        }
        if (any(s, SLOGANS) || remedyName(s)) {
            score++;
        }
        if (any(s, SHOPS)) {
            score++;
        }
        return score >= 3;
    }

    /** 电话 or 德律风 followed closely by a number, or a number written the way telephone numbers are. */
    private static boolean phone(String s) {
        if (dialled(s)) {
            return true;
        }
        for (String w : new String[] {"电话", "德律风", "专线", "热线", "电"}) {
            int at = s.indexOf(w);
            while (at >= 0) {
                int k = at + w.length();
                while (k < s.length() && k < at + w.length() + 3 && !isNumeral(s.charAt(k))) {
                    k++;
                }
                int digits = 0;
                while (k < s.length() && isNumeral(s.charAt(k))) {
                    digits++;
                    k++;
                }
                if (digits >= 3 || digits >= 2 && w.length() > 1) {
                    return true;
                }
                at = s.indexOf(w, at + 1);
            }
        }
        return false;
    }

    /**
     * (02)2345-6789, 2345-6789: digits, a dash, digits; a mobile number, 0912-345-678 (three groups, nine digits
     * or more, the last of three: a date 2019-03-06 ends in two) or eleven digits from 13 to 19 (13857312345).
     */
    private static boolean dialled(String s) {
        return landline(s) || mobile(s);
    }

    private static boolean mobile(String s) {
        int k = 0;
        while (k < s.length()) {
            if (!Character.isDigit(s.charAt(k))) {
                k++;
                continue;
            }
            int start = k;
            int groups = 1;
            int digits = 0;
            int last = 0;
            while (k < s.length()) {
                char c = s.charAt(k);
                if (Character.isDigit(c)) {
                    digits++;
                    last++;
                } else if (c == '-' && k + 1 < s.length() && Character.isDigit(s.charAt(k + 1)) && last > 0) {
                    groups++;
                    last = 0;
                } else {
                    break;
                }
                k++;
            }
            if (groups >= 3 && digits >= 9 && last >= 3) {
                return true;
            }
            if (groups == 1 && digits == 11 && s.charAt(start) == '1' && s.charAt(start + 1) >= '3') {
                return true;
            }
        }
        return false;
    }

    private static boolean landline(String s) {
        for (int k = s.indexOf('-'); k > 0; k = s.indexOf('-', k + 1)) {
            int a = k;
            while (a > 0 && Character.isDigit(s.charAt(a - 1))) {
                a--;
            }
            int b = k + 1;
            while (b < s.length() && Character.isDigit(s.charAt(b))) {
                b++;
            }
            if (k - a >= 3 && b - k - 1 >= 4) {
                return true;
            }
        }
        return false;
    }

    /** 地址…, 某某路一二三号, 某某街12号, 中山北路二段88号. */
    private static boolean address(String s) {
        if (s.contains("地址")) {
            return true;
        }
        for (int k = s.indexOf("马路"); k > 0; k = s.indexOf("马路", k + 1)) {
            if (isNumeral(s.charAt(k - 1))) {
                return true; // 四馬路: Shanghai's numbered roads
            }
        }
        if (s.contains("路口") && s.indexOf('路') < s.indexOf("路口")) {
            return true; // 北四川路虬江路口: a crossing of two roads
        }
        for (int k = 0; k < s.length(); k++) {
            char c = s.charAt(k);
            if (c == '路' || c == '街' || c == '里' || c == '弄') {
                int m = k + 1;
                while (m < s.length() && m <= k + 8 && (isNumeral(s.charAt(m)) || s.charAt(m) == '段'
                        || s.charAt(m) == '巷' || s.charAt(m) == '弄' || s.charAt(m) == '\n' && m == k + 1)) {
                    m++;
                }
                if (m > k + 1 && m < s.length() && s.charAt(m) == '号') {
                    return true;
                }
            }
        }
        return false;
    }

    /** Headings a private notice stands under, whole. */
    private static final java.util.Set<String> NOTICE_HEADINGS = java.util.Set.of("寻人", "招租", "召租", "遗失", "寻物",
        "声明", "启事", "紧要声明", "郑重声明", "紧要启事", "鸣谢", "谢启", "讣告", "讣闻", "招生", "招聘", "征求",
        "出租", "出顶", "聘请", "警告", "更正");

    /**
     * The heading of a private notice: one of {@link #NOTICE_HEADINGS}, a notice of something ({@code 結婚啟事},
     * {@code 本刊啟事}, {@code 陳李氏緊要聲明}, {@code 招請女演員}) or a lawyer acting for someone
     * ({@code 王大年律師代表}). A headline on a statement ({@code 外部發表聲明}) is news.
     */
    static boolean isNoticeHeading(String line) {
        String t = Scripts.fold(CharClass.removeSpaces(line));
        if (t.length() > 9) {
            return false;
        }
        return NOTICE_HEADINGS.contains(t) || t.length() <= 6 && t.endsWith("启事") || t.endsWith("紧要声明")
                || t.endsWith("郑重声明") || t.startsWith("招请") || t.endsWith("律师代表");
    }

    /** A medicine's name alone on its line: a few characters ending in 丸, 丹, 膏, 露 or 散 (止咳丸, 清涼丹). */
    private static boolean remedyName(String s) {
        for (String line : s.split("\n")) {
            int n = line.length();
            if (n >= 2 && n <= 6 && "丸丹膏露散".indexOf(line.charAt(n - 1)) >= 0 && CharClass.countHan(line) == n) {
                return true;
            }
        }
        return false;
    }

    /** Hours of showings: a numeral and 时 ({@code 二時　四時　七時　九時一刻}). */
    private static int showTimes(String s) {
        int n = 0;
        for (int k = s.indexOf('时'); k > 0; k = s.indexOf('时', k + 1)) {
            if (isNumeral(s.charAt(k - 1))) {
                n++;
            }
        }
        return n;
    }

    /** A notice's last line, its signer's name and 启: {@code 張德順啟}. */
    private static boolean signedNotice(String s) {
        String t = s.strip();
        int nl = t.lastIndexOf('\n');
        String last = t.substring(nl + 1);
        return last.length() >= 3 && last.length() <= 10 && last.endsWith("启");
    }

    /** A number followed by a unit of money: 五角, 1元, 二元五角, 大洋十元. */
    private static boolean price(String s) {
        for (int k = 1; k < s.length(); k++) {
            char c = s.charAt(k);
            if ((c == '元' || c == '角' || c == '圆') && isNumeral(s.charAt(k - 1))) {
                return true;
            }
        }
        return s.contains("¥") || s.contains("￥");
    }

    private static boolean isNumeral(char c) {
        return NUMERALS.indexOf(c) >= 0;
    }

    private static int count(String s, String[] words) {
        int n = 0;
        for (String w : words) {
            if (s.contains(w)) {
                n++;
            }
        }
        return n;
    }

    private static boolean any(String s, String[] words) {
        for (String w : words) {
            if (s.contains(w)) {
                return true;
            }
        }
        return false;
    }
}
