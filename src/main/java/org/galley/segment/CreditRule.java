package org.galley.segment;

import java.util.Locale;

/**
 * Service and copyright credits under an English headline: "Special to The Tribune", "(Copyright: 1903: By The
 * Tribune Association.)", "[BY CABLE TO THE TRIBUNE.]". OCR often garbles the brackets, so leading non-letters are
 * skipped before the credit words are looked for.
 */
final class CreditRule {
    private static final String[] STARTS = {"special to ", "special cable", "special dispatch", "copyright",
        "by telegraph", "by cable", "by wireless", "by the associated press", "cable to the", "telegraph to the",
        "from our own correspondent", "from a staff correspondent", "from our correspondent",
        "by the united press", "associated press"};

    /** The first letters of {@link #STARTS}. */
    private static final String FIRST_LETTERS = java.util.Arrays.stream(STARTS).map(s -> s.substring(0, 1)).distinct()
            .collect(java.util.stream.Collectors.joining());

    private CreditRule() {
    }

    static boolean isCredit(String t) {
        if (t.length() > 90) {
            return false;
        }
        int i = 0;
        while (i < t.length() && !Character.isLetter(t.charAt(i))) {
            i++;
        }
        if (i > 6) {
            return false;
        }
        // the credit words are tried only after a letter one of them starts with (most lines start otherwise)
        char first = i < t.length() ? t.charAt(i) : 0;
        if (first >= 0x80 || FIRST_LETTERS.indexOf(Character.toLowerCase(first)) >= 0) {
            for (String s : STARTS) {
                if (Words.startsWithIgnoreCase(t, i, s)) {
                    return true;
                }
            }
        }
        if (isBracketed(t)) {
            return true;
        }
        // "(AP)" or "(Reuters)" on a line of its own
        if (t.length() > 12) {
            return false;
        }
        String core = t.toLowerCase(Locale.ROOT).replace("(", "").replace(")", "").trim();
        return core.equals("ap") || core.equals("reuters") || core.equals("upi") || core.equals("afp");
    }

    /**
     * A short line wholly in brackets, "(Copyright: 1903: By The Tribune Association.)" however OCR spells the
     * words: a credit set apart from the text. Prose lines that open a bracket rarely close it on the same line.
     */
    static boolean isBracketed(String t) {
        if (t.length() < 8 || t.length() > 70) {
            return false;
        }
        char first = t.charAt(0);
        int b = t.length();
        while (b > 0 && (t.charAt(b - 1) == '*' || t.charAt(b - 1) == ' ' || t.charAt(b - 1) == '.')) {
            b--;
        }
        char last = b > 0 ? t.charAt(b - 1) : ' ';
        return "([{<".indexOf(first) >= 0 && ")]}>".indexOf(last) >= 0;
    }
}
