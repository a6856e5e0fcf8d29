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
        if (len < 4 || len > 13) {
            return false;
        }
        String word = t.substring(a, b);
        boolean marked = word.equalsIgnoreCase("advt") || word.equalsIgnoreCase("advl")
                || word.equalsIgnoreCase("ladvt") || word.equalsIgnoreCase("advertisement");
        return marked && (a == 0 || !Character.isLetterOrDigit(t.charAt(a - 1)) || word.charAt(0) == 'l');
    }
}
