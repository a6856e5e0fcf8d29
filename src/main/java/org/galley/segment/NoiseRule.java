package org.galley.segment;

/** A line with no letters or digits (rules, dots, OCR specks) or made mostly of junk bytes carries no text. */
final class NoiseRule {
    private NoiseRule() {
    }

    /**
     * A line of full-width punctuation only ({@code 。}, {@code 」。}): on a Chinese page the end of a sentence pushed
     * to the top of the next column, so it is text, though never text alone.
     */
    static boolean isCjkPunctuation(String t) {
        if (t.isEmpty() || t.length() > 6) {
            return false;
        }
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (!(CharClass.isCjkPunct(c) && c != '\u3000' || c == '”' || c == '’' || c == '…' || c == '—')) {
                return false;
            }
        }
        return true;
    }

    /**
     * English OCR of the 1800s reads the printed column and cross rules as {@code I}, {@code II}, {@code l},
     * {@code |} or {@code 1} alone on a line: no text, and no boundary either (the rule sits inside a column of text
     * as often as between articles). A line of at most four such strokes, dots and dashes aside, is a rule.
     */
    static boolean isRuleDebris(String t) {
        if (t.length() > 6) {
            return false;
        }
        int strokes = 0;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == 'I' || c == 'l' || c == '|' || c == '1' || c == '!' || c == '¦') {
                strokes++;
            } else if (".,:;'`-—_•".indexOf(c) < 0 && !CharClass.isSpace(c)) {
                return false;
            }
        }
        return strokes >= 1 && strokes <= 4;
    }

    static boolean isNoise(Line line) {
        String t = line.text;
        if (!CharClass.hasAlnum(t)) {
            return true;
        }
        // Binary input decodes to replacement characters and control bytes; a few are OCR accidents, many are junk.
        return line.junk * 5 > t.length() + line.junk;
    }
}
