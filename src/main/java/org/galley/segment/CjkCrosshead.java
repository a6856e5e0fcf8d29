package org.galley.segment;

import java.util.List;

/**
 * What tells a crosshead inside an item ({@code 船員供詞}) from the short headline of the next item ({@code 女伶登台}):
 * both are one short line between blank lines after text that ends a clause, and the text under both runs on without
 * a dateline, so shape alone cannot decide. Evidence that the item goes on:
 * <ul>
 * <li>the line is numbered or marked as a sub-head of a round-up ({@code 一}, {@code （二）}, {@code 甲、}, {@code 第三},
 * {@code ▲});</li>
 * <li>the text under it opens with a word that refers back or goes on ({@code 該局}, {@code 旋經}, {@code 據大副稱},
 * {@code 其後}, {@code 此外}): a new item names its subject;</li>
 * <li>the item already has a crosshead;</li>
 * <li>the line shares a word (two characters) with the item's headline ({@code 旅客無恙} … {@code 旅客登岸});</li>
 * <li>the line is a lead word that adds to the item ({@code 又訊}, {@code 附誌}), or the text above announces what
 * follows ({@code 分誌如次}, a closing {@code ：});</li>
 * <li>the line names a part of the story rather than an event: {@code 肇事經過}, {@code 警察方面}, alone; or, with
 * {@link #partScore a second cue}, a part of a proceeding ({@code 原告陳述}, {@code 船員供詞}).</li>
 * </ul>
 * Without any of these, the line starts a new item: a fused pair loses two articles, a split one loses one.
 */
final class CjkCrosshead {
    /** Openers of a sentence that continues what came before (folded to simplified). */
    private static final String[] GOES_ON = {"该", "旋", "嗣", "继", "其", "此", "惟", "并", "又", "迨", "乃", "随",
        "但", "而", "故", "另", "然", "至于", "同时", "对此", "因此", "据"};
    /** 据 opening an item of hearsay: 据闻, 据悉, 据报 are how items start, not how they go on. */
    private static final String HEARSAY_AFTER_JU = "闻悉报载云传称";
    /** Numbers of parts and sub-heads: Chinese numerals and the heavenly stems. */
    static final String NUMERALS = "一二三四五六七八九十甲乙丙丁戊";
    /** Marks that open a sub-head or a brief (▲ 一, ■本报讯). */
    static final String MARKS = "▲△●○◆◇■□★☆◎※";

    private CjkCrosshead() {
    }

    static boolean hasEvidence(List<Unit> units, int i, Draft cur) {
        String head = Scripts.fold(CharClass.removeSpaces(units.get(i).first().text));
        if (i + 1 < units.size() && units.get(i + 1).type == Unit.Type.BODY
                && CjkTitleRule.isVerseText(units.get(i + 1).text())) {
            return false; // a poem's title over its verses: a new item
        }
        if (i + 1 < units.size() && startsNumbering(units.get(i + 1).first().text) && !isMarked(head)) {
            return false; // 菊部春秋 ⏎ 一: a new round-up, numbered from one again
        }
        if (isMarked(head)) {
            return true;
        }
        if (cur.title != null && isRoundUp(cur.title.text())) {
            // its parts are headed by places; a longer head is the next item's, and so is any unnumbered head
            // once the parts are numbered ((一)曹家渡… ⏎⏎ 春申雜感)
            return head.length() <= MAX_PLACE && !numberedParts(cur);
        }
        if (hasCrosshead(cur)) {
            return true;
        }
        if (i + 1 < units.size() && goesOn(Scripts.fold(CharClass.removeSpaces(units.get(i + 1).first().text)))) {
            return true;
        }
        if (cur.title != null && sharesWord(head, Scripts.fold(CharClass.removeSpaces(cur.title.text())))) {
            return true;
        }
        return isLeadWord(head) || announces(cur) || partScore(units, i, cur) >= 2;
    }

    /** Heads that name a part of any report: the course of events, the state of things, one side's part. */
    private static final String[] REPORT_PARTS = {"经过", "情形", "详情", "原因", "真相", "始末", "情况", "方面", "内幕",
        "阵容", "名单"}; // and a match's line-ups or a list of names: 雙方陣容, 得獎名單
    /** Heads that name a part of a proceeding or an inquiry: statements, evidence, pleas, the judgment. */
    private static final String[] PROCEEDING_PARTS = {"陈述", "答辩", "供词", "供述", "口供", "证言", "证词", "判决",
        "判词", "辩护", "辩论", "理由", "自白", "讯问", "诘问"};
    /**
     * The parties and witnesses of a proceeding or an inquiry, who open such heads (原告陳述, 船員供詞). Not 警方 or
     * 家屬: they open headlines of new items too (警方破獲煙窟).
     */
    private static final String[] PARTIES = {"原告", "被告", "证人", "律师", "两造", "法官", "推事", "庭长", "检察",
        "船员", "船主", "大副", "事主", "劳方", "资方", "厂方", "甲方", "乙方"};
    /** Words that make the item a report of a proceeding. */
    private static final String[] PROCEEDING_CONTEXT = {"讼", "法院", "开庭", "庭讯", "公堂", "审理", "审讯", "起诉",
        "控告", "原告", "被告", "律师", "判决", "宣判", "公廨"};
    /** Verbs that report what someone said, and where the clause they sit in ends. */
    private static final String SPEECH = "称谓供云述答曰言";
    private static final String CLAUSE_END = "、，,。；：";
    /** One-line heads that add to the item: 又訊 (further news), 附誌 / 附記 (a note), 續誌 / 補誌, 編者按. */
    private static final String[] LEAD_WORDS = {"又讯", "又一讯", "另讯", "续讯", "再讯", "附志", "附记", "续志",
        "补志", "编者按", "按"};
    /** Endings of text that announces what follows: 茲分誌如次, 其詳如下. */
    private static final String[] ANNOUNCES = {"如次", "如下", "如左", "于下", "于后", "志之", "录之"};

    static boolean isLeadWord(String head) {
        for (String w : LEAD_WORDS) {
            if (head.equals(w)) {
                return true;
            }
        }
        return false;
    }

    /** The text just above ends announcing what follows ({@code 分誌如次、}, {@code 其詞如下：}). */
    static boolean announces(Draft cur) {
        if (!cur.hasBody()) {
            return false;
        }
        Unit last = cur.bodies.get(cur.bodies.size() - 1);
        String t = Scripts.fold(CharClass.removeSpaces(last.last().text));
        if (t.length() < 3 && last.lines.size() > 1) {
            t = Scripts.fold(CharClass.removeSpaces(last.lines.get(last.lines.size() - 2).text)) + t;
        }
        int end = t.length();
        while (end > 0 && CLAUSE_END.indexOf(t.charAt(end - 1)) >= 0) {
            end--;
        }
        if (end < t.length() && t.charAt(t.length() - 1) == '：' && end > 0) {
            return true; // a colon: what follows is what it introduces
        }
        String body = t.substring(0, end);
        for (String w : ANNOUNCES) {
            if (body.endsWith(w)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A head naming a part of the story: 2 for a part of any report (it is never an event, so never a new item's
     * headline); for a part of a proceeding or a party (原告, 船員), 1 each, plus 1 for each piece of context that
     * says the item goes on: the item reports a proceeding, the text below opens with the head's party speaking
     * ({@code 原告陳述} … {@code 原告某氏稱}), or a parallel head follows before the one signature that closes the
     * item. A head naming a verdict after an item about something else ({@code 劫案判決} after a fire) starts an item.
     */
    static int partScore(List<Unit> units, int i, Draft cur) {
        String head = Scripts.fold(CharClass.removeSpaces(units.get(i).first().text));
        if (endsWithAny(head, REPORT_PARTS)) {
            return 2;
        }
        int score = (endsWithAny(head, PROCEEDING_PARTS) ? 1 : 0) + (startsWithAny(head, PARTIES) ? 1 : 0);
        if (score == 0) {
            return 0;
        }
        if (reportsProceeding(cur)) {
            score++;
        }
        if (i + 1 < units.size() && partySpeaks(head, Scripts.fold(CharClass.removeSpaces(units.get(i + 1).first().text)))) {
            score++;
        }
        if (parallelHeadBeforeSignature(units, i, head)) {
            score++;
        }
        return score;
    }

    private static boolean reportsProceeding(Draft cur) {
        StringBuilder b = new StringBuilder();
        if (cur.title != null) {
            b.append(cur.title.text());
        }
        for (Unit u : cur.bodies) {
            for (Line l : u.lines) {
                b.append(l.text);
            }
        }
        String t = Scripts.fold(b.toString());
        for (String w : PROCEEDING_CONTEXT) {
            if (t.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /** The text opens with the head's first word as the one who speaks: 原告陳述 / 原告某氏稱、. */
    static boolean partySpeaks(String head, String next) {
        if (head.length() < 2 || !CharClass.isHan(head.charAt(0)) || !CharClass.isHan(head.charAt(1))
                || !next.startsWith(head.substring(0, 2))) {
            return false;
        }
        for (int k = 2; k < next.length() && k < 12; k++) {
            char c = next.charAt(k);
            if (CLAUSE_END.indexOf(c) >= 0) {
                return false;
            }
            if (SPEECH.indexOf(c) >= 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * Another one-line head of the same length and build (a shared character in the same place, 原告陳述 / 被告答辯)
     * follows before the item is closed by a signature, with no dateline, headline of more lines or advertisement
     * between: the heads divide one signed report.
     */
    static boolean parallelHeadBeforeSignature(List<Unit> units, int i, String head) {
        boolean parallel = false;
        for (int k = i + 1; k < units.size() && k <= i + 12; k++) {
            Unit u = units.get(k);
            switch (u.type) {
                case BODY -> {
                    if (u.first().datelineStart || u.first().advertStart || u.endsAdvert()) {
                        return false;
                    }
                }
                case TITLE -> {
                    if (u.lines.size() != 1) {
                        return false; // a headline of more lines opens an item of its own
                    }
                    parallel |= sameBuild(head, Scripts.fold(CharClass.removeSpaces(u.first().text)));
                }
                case BYLINE -> {
                    return parallel && u.closesItem();
                }
                default -> {
                    return false;
                }
            }
        }
        return false;
    }

    private static boolean sameBuild(String a, String b) {
        if (a.length() != b.length() || a.equals(b)) {
            return false;
        }
        for (int k = 0; k < a.length(); k++) {
            if (a.charAt(k) == b.charAt(k) && CharClass.isHan(a.charAt(k))) {
                return true;
            }
        }
        return false;
    }

    private static boolean endsWithAny(String s, String[] words) {
        for (String w : words) {
            if (s.endsWith(w)) {
                return true;
            }
        }
        return false;
    }

    private static boolean startsWithAny(String s, String[] words) {
        for (String w : words) {
            if (s.startsWith(w)) {
                return true;
            }
        }
        return false;
    }

    /** The number of a first part alone on its line: {@code 一}, {@code 其一}, {@code （一）}, {@code 第一}, {@code 甲}. */
    static boolean startsNumbering(String text) {
        String s = CharClass.removeSpaces(text);
        return switch (s) {
            case "一", "其一", "（一）", "(一)", "第一", "甲" -> true;
            default -> false;
        };
    }

    /** A head that is only a part's number: {@code 一}, {@code （二）}, {@code 其三}, {@code 第四}, {@code 甲}. */
    static boolean isNumberHead(String text) {
        String s = CharClass.removeSpaces(text);
        return s.length() <= 4 && CharClass.countHan(s) > 0 && isMarked(s) && !startsWithMark(s)
                && s.indexOf('、') < 0 && s.indexOf('．') < 0 && s.indexOf('.') < 0;
    }

    /**
     * Headlines of a round-up of short reports ({@code 各地通訊}, {@code 滬濱零訊}, {@code 梨園瑣聞}): the short heads
     * under them (places, parts) head parts of the one item.
     */
    private static final String[] ROUND_UPS = {"通讯", "零讯", "琐闻", "简讯", "短波", "拾零", "杂讯", "琐记", "点滴",
        "一束", "零拾", "集锦", "汇志", "汇讯", "杂缀", "小志", "剪影"};

    /**
     * The longest head of a round-up's part: a place ({@code 無錫}, {@code 公共租界}). A headline of four characters
     * right after a round-up reads as one more part of it.
     */
    private static final int MAX_PLACE = 4;

    /** The line under a headline heads the first part of a round-up: a number, or a place under a round-up. */
    static boolean opensPart(Unit headline, String line) {
        return isNumberHead(line) || CharClass.removeSpaces(line).length() <= MAX_PLACE
                && CharClass.countHan(line) >= 2 && isRoundUp(headline.text());
    }

    static boolean isRoundUp(String title) {
        String t = Scripts.fold(CharClass.removeSpaces(title));
        for (String w : ROUND_UPS) {
            if (t.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /** 一 / （二） / 三、 / 甲、 / ▲ : a numbered or marked sub-head. */
    static boolean isMarked(String s) {
        if (s.isEmpty()) {
            return false;
        }
        if (startsWithMark(s)) {
            return true;
        }
        if (s.charAt(0) == '第') {
            return isOrdinal(s);
        }
        int k = s.charAt(0) == '（' || s.charAt(0) == '(' ? 1 : 0;
        int n = k;
        while (n < s.length() && NUMERALS.indexOf(s.charAt(n)) >= 0 && n < k + 3) {
            n++;
        }
        if (n == k) {
            return s.startsWith("其") && s.length() >= 2 && NUMERALS.indexOf(s.charAt(1)) >= 0;
        }
        if (n == s.length()) {
            return k == 0; // a numeral alone on its line
        }
        char after = s.charAt(n);
        return k == 1 ? after == '）' || after == ')' : after == '、' || after == '．' || after == '.';
    }

    /** 第一 / 第二、 / 第三節 / 第四項: an ordinal alone, or with the word for the part it numbers. */
    private static boolean isOrdinal(String s) {
        int n = 1;
        while (n < s.length() && n < 4 && NUMERALS.indexOf(s.charAt(n)) >= 0) {
            n++;
        }
        return n > 1 && (n == s.length() || n + 1 == s.length() && ORDINAL_AFTER.indexOf(s.charAt(n)) >= 0);
    }

    private static final String ORDINAL_AFTER = "、．.节项条点段部章";

    /** ▲ / ● / ◎ opening a line: a sub-item of a round-up, in a head or at the start of a paragraph. */
    static boolean startsWithMark(String s) {
        return !s.isEmpty() && MARKS.indexOf(s.charAt(0)) >= 0;
    }

    static boolean goesOn(String text) {
        for (String w : GOES_ON) {
            if (text.startsWith(w)) {
                return !w.equals("据") || text.length() < 2 || HEARSAY_AFTER_JU.indexOf(text.charAt(1)) < 0;
            }
        }
        return false;
    }

    /** The round-up's first part opens with its number, on its own line or run into the text. */
    private static boolean numberedParts(Draft cur) {
        if (cur.bodies.isEmpty()) {
            return false;
        }
        String first = Scripts.fold(CharClass.removeSpaces(cur.bodies.get(0).first().text));
        return isMarked(first) && !startsWithMark(first);
    }

    private static boolean hasCrosshead(Draft cur) {
        for (Unit u : cur.bodies) {
            if (u.type == Unit.Type.TITLE) {
                return true;
            }
        }
        return false;
    }

    private static boolean sharesWord(String a, String b) {
        for (int k = 0; k + 1 < a.length(); k++) {
            if (CharClass.isHan(a.charAt(k)) && CharClass.isHan(a.charAt(k + 1)) && b.contains(a.substring(k, k + 2))) {
                return true;
            }
        }
        return false;
    }
}
