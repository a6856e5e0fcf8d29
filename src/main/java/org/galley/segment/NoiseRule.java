package org.galley.segment;

/** A line with no letters or digits (rules, dots, OCR specks) or made mostly of junk bytes carries no text. */
final class NoiseRule {
    private NoiseRule() {
    }

    static boolean isNoise(Line line) {
        String t = line.text;
        int alnum = CharClass.countAlnum(t);
        if (alnum == 0) {
            return true;
        }
        // Binary input decodes to replacement characters and control bytes; a few are OCR accidents, many are junk.
        return line.junk * 5 > t.length() + line.junk;
    }
}
