package org.galley.article.structure;

/**
 * A text with whitespace (and the '■' column marks the OCR leaves) removed, remembering where each remaining
 * character came from, so a raw line found in an edited field can be cut out of the field's real text.
 */
record Squashed(String text, int[] origin) {

    static Squashed of(String s) {
        if (s == null) {
            return new Squashed("", new int[0]);
        }
        StringBuilder sb = new StringBuilder(s.length());
        int[] origin = new int[s.length()];
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!ignorable(c)) {
                origin[sb.length()] = i;
                sb.append(c);
            }
        }
        return new Squashed(sb.toString(), java.util.Arrays.copyOf(origin, sb.length()));
    }

    static String squash(String s) {
        return of(s).text();
    }

    static boolean ignorable(char c) {
        return Character.isWhitespace(c) || c == '■' || c == '\u3000' || Character.isSpaceChar(c);
    }

    /** The range of the original text holding squashed characters [from, to). */
    int[] originalRange(int from, int to) {
        return new int[] {origin[from], origin[to - 1] + 1};
    }
}
