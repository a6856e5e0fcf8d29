package org.galley.segment;

import java.util.List;

/**
 * What tells a crosshead inside an item ({@code 船員供詞}) from the short headline of the next item ({@code 女伶登台}):
 * both are one short line between blank lines after text that ends a clause, and the text under both runs on without
 * a dateline, so shape alone cannot decide. Evidence that the item goes on:
 * <ul>
 * <li>the line is numbered or marked as a sub-head of a round-up ({@code 一}, {@code （二）}, {@code 甲、}, {@code ▲});</li>
 * <li>the text under it opens with a word that refers back or goes on ({@code 該局}, {@code 旋經}, {@code 據大副稱},
 * {@code 其後}, {@code 此外}): a new item names its subject;</li>
 * <li>the item already has a crosshead;</li>
 * <li>the line shares a word (two characters) with the item's headline ({@code 旅客無恙} … {@code 旅客登岸}).</li>
 * </ul>
 * Without any of these, the line starts a new item: a fused pair loses two articles, a split one loses one.
 */
final class CjkCrosshead {
    /** Openers of a sentence that continues what came before (folded to simplified). */
    private static final String[] GOES_ON = {"该", "旋", "嗣", "继", "其", "此", "惟", "并", "又", "迨", "乃", "随",
        "但", "而", "故", "另", "然", "至于", "同时", "对此", "因此", "据"};
    /** 据 opening an item of hearsay: 据闻, 据悉, 据报 are how items start, not how they go on. */
    private static final String HEARSAY_AFTER_JU = "闻悉报载云传称";
    private static final String NUMERALS = "一二三四五六七八九十甲乙丙丁戊";
    private static final String MARKS = "▲△●○◆◇■□★☆◎※";

    private CjkCrosshead() {
    }

    static boolean hasEvidence(List<Unit> units, int i, Draft cur) {
        String head = Scripts.fold(CharClass.removeSpaces(units.get(i).first().text));
        if (isMarked(head) || hasCrosshead(cur)) {
            return true;
        }
        if (i + 1 < units.size() && goesOn(Scripts.fold(CharClass.removeSpaces(units.get(i + 1).first().text)))) {
            return true;
        }
        return cur.title != null && sharesWord(head, Scripts.fold(CharClass.removeSpaces(cur.title.text())));
    }

    /** 一 / （二） / 三、 / 甲、 / ▲ : a numbered or marked sub-head. */
    static boolean isMarked(String s) {
        if (s.isEmpty()) {
            return false;
        }
        if (MARKS.indexOf(s.charAt(0)) >= 0) {
            return true;
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

    static boolean goesOn(String text) {
        for (String w : GOES_ON) {
            if (text.startsWith(w)) {
                return !w.equals("据") || text.length() < 2 || HEARSAY_AFTER_JU.indexOf(text.charAt(1)) < 0;
            }
        }
        return false;
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
