package org.galley.segment;

/**
 * Chinese or English, from the text: Han characters against Latin letters in the first 200,000 characters. A Han
 * character carries about as much as a short word, so Chinese wins at one Han character per three Latin letters.
 * Traditional characters are Chinese too ("zh").
 */
final class LanguageDetector {
    private static final int SAMPLE = 200_000;

    private LanguageDetector() {
    }

    static String detect(String text, String hint) {
        if (hint != null) {
            String h = hint.trim().toLowerCase(java.util.Locale.ROOT);
            if (h.startsWith("zh")) {
                return "zh";
            }
            if (h.startsWith("en")) {
                return "en";
            }
        }
        int han = 0;
        int latin = 0;
        int n = Math.min(text.length(), SAMPLE);
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (CharClass.isHan(c)) {
                han++;
            }
            // added, not branched on: letter or not changes every few characters and a branch on it mispredicts
            latin += CharClass.isAsciiLetter(c) ? 1 : 0;
        }
        return han > 0 && han * 3 >= latin ? "zh" : "en";
    }
}
