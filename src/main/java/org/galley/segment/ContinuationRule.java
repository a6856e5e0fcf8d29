package org.galley.segment;

import java.util.Locale;

/** Jump lines: "Continued on Second Page", "（下转第3版）" mark an article that goes on elsewhere. */
final class ContinuationRule {
    private ContinuationRule() {
    }

    /** +1: continued on another page; -1: continued from another page; 0: not a jump line. */
    static int jump(String t, boolean zh) {
        if (t.length() > 45) {
            return 0;
        }
        if (zh) {
            String s = CharClass.removeSpaces(t);
            if (s.contains("下转") || (s.contains("转第") && s.contains("版")) || s.contains("紧转")) {
                return 1;
            }
            return s.contains("上接") || s.contains("上转") ? -1 : 0;
        }
        String lower = t.toLowerCase(Locale.ROOT);
        // OCR often loses the C of "Continued"
        int at = lower.indexOf("ontinu");
        if (at < 0 || at > 6) {
            return 0;
        }
        return lower.contains("from") ? -1 : 1;
    }
}
