package org.galley.segment;

import java.util.Locale;

/** Old newspapers close reading notices that are paid for with "—Advt."; OCR renders it AdvL, Advt, lAdvt. */
final class AdvertRule {
    private AdvertRule() {
    }

    static boolean endsAdvert(String t, boolean zh) {
        if (zh) {
            String s = CharClass.removeSpaces(t);
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
        String word = t.substring(a, b).toLowerCase(Locale.ROOT);
        boolean marked = word.equals("advt") || word.equals("advl") || word.equals("ladvt")
                || word.equals("advertisement");
        return marked && (a == 0 || !Character.isLetterOrDigit(t.charAt(a - 1)) || word.startsWith("l"));
    }
}
