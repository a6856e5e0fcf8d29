package org.galley.segment;

/**
 * Old English pages break words at the line end with a hyphen far more often than they set a compound across it,
 * and their spellings (long s read as f, tho for the) are in no word list, so the joined word is often unattested:
 * {@code com-} / {@code plained}. When the part after the hyphen is lower case and no word of its own, the hyphen
 * broke a word and goes; a compound's second part is a word ({@code Bishopsgate-} / {@code street}, {@code well-} /
 * {@code known}) and keeps it.
 */
final class HyphenBreak {
    /** Shorter tails (a, s) are too often real words cut by OCR to judge. */
    private static final int MIN_TAIL = 3;

    private HyphenBreak() {
    }

    /** @param right the letters after the hyphen, at the start of the next line */
    static boolean brokenWord(Vocabulary vocabulary, String right) {
        return right.length() >= MIN_TAIL && isLower(right)
                && !vocabulary.known(right.toLowerCase(java.util.Locale.ROOT));
    }

    private static boolean isLower(String w) {
        for (int i = 0; i < w.length(); i++) {
            if (!Character.isLowerCase(w.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
