package org.galley.segment;

/** Character classes the rules need, by code range (cheaper than Character.UnicodeScript lookups). */
final class CharClass {
    private CharClass() {
    }

    static boolean isHan(int c) {
        if (c < 0x3007) {
            return false; // Latin text, the common case on English pages: one comparison
        }
        return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) || (c >= 0xF900 && c <= 0xFAFF)
                || (c >= 0x20000 && c <= 0x3134F) || c == 0x3007;
    }

    /** Full-width punctuation and forms (，。、：；“”《》（）…). */
    static boolean isCjkPunct(int c) {
        return (c >= 0x3000 && c <= 0x303F) || (c >= 0xFF00 && c <= 0xFF65) || (c >= 0xFE30 && c <= 0xFE4F);
    }

    /**
     * A character that sits in Chinese text without spaces around it. Curly quotes, dashes, the ellipsis and the
     * middle dot are shared with English, so they count only on Chinese pages.
     */
    static boolean isWide(int c, boolean zhPage) {
        if (isHan(c) || isCjkPunct(c)) {
            return true;
        }
        if (isPrivateUse(c)) {
            return zhPage;
        }
        return zhPage && (c == '\u201C' || c == '\u201D' || c == '\u2018' || c == '\u2019' || c == '\u2026'
                || c == '\u2014' || c == '\u00B7' || c == '\u2015' || c == '\u25A0');
    }

    /** (c | 0x20) is the lower case of an ASCII letter; below 'a' the difference wraps far above 26 as a char. */
    /** A to Z to a to z, nothing else (as a case-insensitive pattern compares): a table, no branch per character. */
    static char lowerAscii(char c) {
        return c < ASCII_LOWER.length ? ASCII_LOWER[c] : c;
    }

    private static final char[] ASCII_LOWER = new char[128];

    static {
        for (char c = 0; c < ASCII_LOWER.length; c++) {
            ASCII_LOWER[c] = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
        }
    }

    static boolean isAsciiLetter(char c) {
        return (char) ((c | 0x20) - 'a') < 26;
    }

    /** {@link Character#isLetter(char)}, without its tables for ASCII. */
    static boolean isLetter(char c) {
        return c < 0x80 ? isAsciiLetter(c) : Character.isLetter(c);
    }

    static boolean isAsciiAlnum(int c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    static boolean isSpace(int c) {
        if (c <= ' ') {
            return c == ' ' || c == '\t';
        }
        if (c < '\u00A0') {
            return false; // letters, digits, punctuation: the common case, decided in two comparisons
        }
        return c == '\u00A0' || c == '\u3000' || (c >= '\u2000' && c <= '\u200A') || c == '\u202F'
                || c == '\u205F';
    }

    /** Invisible characters that only get in the way: zero-width spaces and joiners, word joiner, BOM, soft hyphen. */
    static boolean isInvisible(int c) {
        return c == '\u200B' || c == '\u200C' || c == '\u200D' || c == '\u2060' || c == '\uFEFF' || c == '\u00AD'
                || c == '\u200E' || c == '\u200F';
    }

    static boolean isJunk(int c) {
        return c == '\uFFFD' || (c < 0x20 && c != '\t') || (c >= 0x7F && c < 0xA0) || Character.isSurrogate((char) c);
    }

    /**
     * Private-use characters: how digitisers and PDF fonts carry characters outside the encoding (rare Han
     * characters, ligatures). They are text, so they are kept and count as letters.
     */
    static boolean isPrivateUse(int c) {
        return c >= 0xE000 && c <= 0xF8FF;
    }

    static int countHan(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (isHan(s.charAt(i))) {
                n++;
            }
        }
        return n;
    }

    /** Letters and digits, the characters that carry text. */
    static int countAlnum(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (Character.isLetterOrDigit(s.charAt(i)) || isPrivateUse(s.charAt(i))) {
                n++;
            }
        }
        return n;
    }

    /** Whether the line has a letter or digit at all: {@code countAlnum(s) > 0}, stopping at the first. */
    static boolean hasAlnum(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x80 ? isAsciiAlnum(c) : Character.isLetterOrDigit(c) || isPrivateUse(c)) {
                return true;
            }
        }
        return false;
    }

    /**
     * 1 for a character below U+0100 that is no space, 0 for a space: loops over text add it up, where a branch on
     * space or not would mispredict every few characters of running text (it doubled the time of a scan).
     */
    private static final byte[] VISIBLE = new byte[0x100];

    static {
        for (int c = 0; c < VISIBLE.length; c++) {
            VISIBLE[c] = (byte) (isSpace(c) ? 0 : 1);
        }
    }

    /** Length in characters not counting spaces: how wide the line printed. */
    static int visibleLength(String s) {
        int n = 0;
        int len = s.length();
        for (int i = 0; i < len; i++) {
            char c = s.charAt(i);
            n += c < VISIBLE.length ? VISIBLE[c] : isSpace(c) ? 0 : 1;
        }
        return n;
    }

    static String removeSpaces(String s) {
        int first = 0;
        while (first < s.length() && !isSpace(s.charAt(first)) && s.charAt(first) != '\n'
                && s.charAt(first) != '\r') {
            first++;
        }
        if (first == s.length()) {
            return s; // most lines have none: no copy (the rules call this on every line, often twice)
        }
        StringBuilder b = new StringBuilder(s.length());
        b.append(s, 0, first);
        for (int i = first; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!isSpace(c) && c != '\n' && c != '\r') {
                b.append(c);
            }
        }
        return b.toString();
    }

    /** Trims ASCII, non-breaking and ideographic spaces. */
    static String trim(String s) {
        return trim(s, 0, s.length());
    }

    /** {@code trim(s.substring(from, to))} with one copy at most. */
    static String trim(String s, int from, int to) {
        int a = from;
        int b = to;
        while (a < b && isSpace(s.charAt(a))) {
            a++;
        }
        while (b > a && isSpace(s.charAt(b - 1))) {
            b--;
        }
        return s.substring(a, b);
    }

    /** A line that opens with a closing mark (，。、）」…): the sentence above runs on into it. */
    static boolean opensWithCloser(String t) {
        return !t.isEmpty() && "，。、；：！？）」』”’》".indexOf(t.charAt(0)) >= 0;
    }
}
