package org.galley.segment;

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
        // OCR often loses the C of "Continued": look for "ontinu" near the start
        for (int at = 0; at <= 6 && at + 6 <= t.length(); at++) {
            if (t.regionMatches(true, at, "ontinu", 0, 6)) {
                return Words.containsIgnoreCase(t, "from") ? -1 : 1;
            }
        }
        return 0;
    }
}
