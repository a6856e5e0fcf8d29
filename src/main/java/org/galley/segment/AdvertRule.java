package org.galley.segment;

/** Old newspapers close reading notices that are paid for with "—Advt."; OCR renders it AdvL, Advt, lAdvt. */
final class AdvertRule {
    private AdvertRule() {
    }

    static boolean endsAdvert(String t, boolean zh) {
        if (zh) {
            String s = Scripts.fold(CharClass.removeSpaces(t));
            return s.equals("广告") || s.equals("（广告）") || s.equals("[广告]");
        }
        int b = t.length();
        while (b > 0 && !Character.isLetter(t.charAt(b - 1))) {
            b--;
        }
        int a = b;
        while (a > 0 && Character.isLetter(t.charAt(a - 1))) {
            a--;
        }
        int len = b - a;
        if (len != 4 && len != 5 && len != 13) {
            return false; // the lengths of the marks below: most lines end otherwise, and make no copy
        }
        boolean marked = len == 4 && (t.regionMatches(true, a, "advt", 0, 4) || t.regionMatches(true, a, "advl", 0, 4))
                || len == 5 && t.regionMatches(true, a, "ladvt", 0, 5)
                || len == 13 && t.regionMatches(true, a, "advertisement", 0, 13);
        return marked && (a == 0 || !Character.isLetterOrDigit(t.charAt(a - 1)) || t.charAt(a) == 'l');
    }
}
