package org.galley.segment;

/** Character classes the rules need, by code range (cheaper than Character.UnicodeScript lookups). */
final class CharClass {
    private CharClass() {
    }

    static boolean isHan(int c) {
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

    static boolean isAsciiAlnum(int c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    static boolean isSpace(int c) {
        return c == ' ' || c == '\u00A0' || c == '\u3000' || c == '\t' || c == '\u2002' || c == '\u2003'
                || c == '\u2009' || c == '\u202F' || c == '\u205F' || (c >= '\u2000' && c <= '\u200A');
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

    /** Length in characters not counting spaces: how wide the line printed. */
    static int visibleLength(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (!isSpace(s.charAt(i))) {
                n++;
            }
        }
        return n;
    }

    static String removeSpaces(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!isSpace(c) && c != '\n' && c != '\r') {
                b.append(c);
            }
        }
        return b.toString();
    }

    /** Trims ASCII, non-breaking and ideographic spaces. */
    static String trim(String s) {
        int a = 0;
        int b = s.length();
        while (a < b && isSpace(s.charAt(a))) {
            a++;
        }
        while (b > a && isSpace(s.charAt(b - 1))) {
            b--;
        }
        return s.substring(a, b);
    }
}
