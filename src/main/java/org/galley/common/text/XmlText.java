package org.galley.common.text;

import org.galley.common.UserFacingException;

/**
 * Which characters a text may hold so that every export can write it: XML 1.0's {@code Char} production
 * (tab, line feed, carriage return, U+0020–U+D7FF, U+E000–U+FFFD, U+10000–U+10FFFF) without the Unicode
 * noncharacters (U+FDD0–U+FDEF and the last two code points of every plane) and without unpaired surrogates.
 * A publication is immutable, so a character no XML file may hold must be stopped before it is stored:
 * refused at input with a message, removed at import (with a count), and stripped by the writers in case an
 * older revision already holds one.
 */
public final class XmlText {

    private XmlText() {
    }

    /** Whether one code point may appear in every export. */
    public static boolean allowed(int cp) {
        if (cp == '\t' || cp == '\n' || cp == '\r') {
            return true;
        }
        if (cp < 0x20 || cp >= Character.MIN_SURROGATE && cp <= Character.MAX_SURROGATE) {
            return false;
        }
        if (cp >= 0xFDD0 && cp <= 0xFDEF) {
            return false;
        }
        // U+FFFE, U+FFFF, U+1FFFE, U+1FFFF, … U+10FFFF: noncharacters, and the first two are not XML at all.
        return (cp & 0xFFFE) != 0xFFFE && cp <= Character.MAX_CODE_POINT;
    }

    /** The index of the first char that starts a refused code point (or an unpaired surrogate), or -1. */
    public static int firstRefused(String s) {
        if (s == null) {
            return -1;
        }
        int n = s.length();
        for (int i = 0; i < n; ) {
            char c = s.charAt(i);
            // The common case first: plain BMP text below the surrogates needs one comparison more at most.
            if (c >= 0x20 && c < 0xD800) {
                i++;
                continue;
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
                    if (!allowed(Character.toCodePoint(c, s.charAt(i + 1)))) {
                        return i;
                    }
                    i += 2;
                    continue;
                }
                return i;
            }
            if (!allowed(c)) {
                return i;
            }
            i++;
        }
        return -1;
    }

    public static boolean clean(String s) {
        return firstRefused(s) < 0;
    }

    /**
     * Refuses a text holding a character no export could write, naming the field and the character
     * ("U+0001") so the person can find it.
     */
    public static void check(String field, String value) {
        int at = firstRefused(value);
        if (at >= 0) {
            throw new UserFacingException("input.error.character", org.galley.common.Term.field(field), describe(value, at), String.valueOf(at + 1));
        }
    }

    /** "U+0001", "U+FFFF", or "U+D800 (unpaired)". */
    static String describe(String s, int at) {
        int cp = s.codePointAt(at);
        String hex = String.format("U+%04X", cp);
        return Character.isSurrogate((char) cp) ? hex + " (unpaired)" : hex;
    }

    /** The text without refused characters (the same instance when there are none, the usual case). */
    public static String strip(String s) {
        int at = firstRefused(s);
        if (at < 0) {
            return s;
        }
        StringBuilder out = new StringBuilder(s.length());
        out.append(s, 0, at);
        int n = s.length();
        for (int i = at; i < n; ) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
                int cp = Character.toCodePoint(c, s.charAt(i + 1));
                if (allowed(cp)) {
                    out.append(c).append(s.charAt(i + 1));
                }
                i += 2;
                continue;
            }
            if (!Character.isSurrogate(c) && allowed(c)) {
                out.append(c);
            }
            i++;
        }
        return out.toString();
    }

    /** How many refused characters {@link #strip} removes (a supplementary noncharacter counts once). */
    public static int countRefused(String s) {
        if (s == null) {
            return 0;
        }
        int count = 0;
        int n = s.length();
        for (int i = firstRefused(s); i >= 0 && i < n; ) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
                if (!allowed(Character.toCodePoint(c, s.charAt(i + 1)))) {
                    count++;
                }
                i += 2;
                continue;
            }
            if (Character.isSurrogate(c) || !allowed(c)) {
                count++;
            }
            i++;
        }
        return count;
    }
}
