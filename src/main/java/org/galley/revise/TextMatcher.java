package org.galley.revise;

import java.util.ArrayList;
import java.util.List;

/**
 * Literal matching in one text: left to right, matches never overlap. Ignoring case compares char by char
 * (as {@link String#regionMatches(boolean, int, String, int, int)}), so a match is exactly as long as the find
 * text and offsets stay those of the stored text. A whole word is bounded by the text's edge or by a character
 * that is not part of a word; Chinese and Japanese characters never join a word (those scripts have no spaces),
 * and combining marks belong to the letter before them ("café" written with a combining accent is one word).
 */
final class TextMatcher {

    private TextMatcher() {
    }

    /** Start offsets of the matches of {@code r.find()} in {@code text}. */
    static List<Integer> find(String text, Replacement r) {
        List<Integer> out = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return out;
        }
        String find = r.find();
        int n = find.length();
        for (int i = 0; i + n <= text.length(); ) {
            if (text.regionMatches(!r.matchCase(), i, find, 0, n) && (!r.wholeWord() || wholeWord(text, i, i + n))) {
                out.add(i);
                i += n;
            } else {
                i++;
            }
        }
        return out;
    }

    /** The text with the matches starting at {@code starts} (each {@code length} long) replaced. */
    static String replace(String text, List<Integer> starts, int length, String replacement) {
        StringBuilder out = new StringBuilder(text.length());
        int at = 0;
        for (int s : starts.stream().sorted().toList()) {
            out.append(text, at, s).append(replacement);
            at = s + length;
        }
        return out.append(text, at, text.length()).toString();
    }

    static boolean wholeWord(String text, int start, int end) {
        if (start > 0 && wordChar(text.codePointBefore(start)) && wordChar(text.codePointAt(start))) {
            return false;
        }
        return end >= text.length() || !(wordChar(text.codePointBefore(end)) && wordChar(text.codePointAt(end)));
    }

    static boolean wordChar(int cp) {
        int type = Character.getType(cp);
        if (type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK) {
            return true;
        }
        if (!Character.isLetterOrDigit(cp)) {
            return false;
        }
        Character.UnicodeScript script = Character.UnicodeScript.of(cp);
        return script != Character.UnicodeScript.HAN && script != Character.UnicodeScript.HIRAGANA
                && script != Character.UnicodeScript.KATAKANA;
    }
}
