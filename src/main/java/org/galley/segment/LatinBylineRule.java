package org.galley.segment;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * English bylines: {@code By JOHN SMITH}, {@code By John Smith and Mary Jones}, {@code Photographs by Jane Doe},
 * and the initials that sign a dispatch at its foot ({@code I. W. F.}). A "By" line whose words are not names
 * ({@code By Telegraph to The Tribune}) is a credit, not a byline.
 */
final class LatinBylineRule {
    /** Words that make a "By ..." line a service credit or staff title rather than a name. */
    private static final Set<String> NOT_NAMES = Set.of("the", "telegraph", "cable", "wireless", "associated",
            "press", "united", "reuters", "special", "staff", "correspondent", "writer", "reporter", "editor",
            "tribune", "times", "herald", "post", "news", "agency", "our", "own", "a", "an", "to", "from", "of");

    /** Compiled once: String.split compiles its pattern on every call. */
    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");

    private LatinBylineRule() {
    }

    static ParsedByline parse(String line) {
        String t = line.trim();
        if (t.length() > 70) {
            return null;
        }
        if (t.length() <= 11) {
            ParsedByline initials = signature(t);
            if (initials != null) {
                return initials;
            }
        }
        ParsedByline.Role role;
        String names;
        if (Words.startsWithIgnoreCase(t, 0, "by ")) {
            role = ParsedByline.Role.REPORTER;
            names = t.substring(3);
        } else if (Words.startsWithIgnoreCase(t, 0, "photo") && t.length() < 60
                && t.toLowerCase(Locale.ROOT).matches("photo(graph)?s? by .*")) {
            role = ParsedByline.Role.PHOTOGRAPHER;
            names = t.substring(t.toLowerCase(Locale.ROOT).indexOf(" by ") + 4);
        } else {
            return null;
        }
        ParsedByline out = new ParsedByline();
        // "By JOHN SMITH, Staff Writer": the part after a comma may be a title; names are joined by "and" or "&".
        String[] parts = names.split(",| and | AND | & ");
        for (int i = 0; i < parts.length; i++) {
            String p = parts[i].trim();
            if (p.isEmpty()) {
                continue;
            }
            if (!isName(p)) {
                if (i == 0) {
                    return null;
                }
                continue; // a trailing staff title
            }
            out.role(role).add(p.endsWith(".") && !p.endsWith(". ") && !lastIsInitial(p)
                    ? p.substring(0, p.length() - 1) : p);
        }
        return out.isEmpty() ? null : out;
    }

    /** 1–5 capitalised words or initials, none of them a service word. */
    static boolean isName(String p) {
        List<String> words = Words.split(p);
        if (words.isEmpty() || words.size() > 5) {
            return false;
        }
        for (String w : words) {
            String core = stripPunct(w);
            if (core.isEmpty() || !Character.isUpperCase(core.charAt(0))
                    || NOT_NAMES.contains(core.toLowerCase(Locale.ROOT))) {
                return false;
            }
            for (int i = 0; i < core.length(); i++) {
                char c = core.charAt(i);
                if (!Character.isLetter(c) && c != '.' && c != '\'' && c != '-') {
                    return false;
                }
            }
        }
        return true;
    }

    private static boolean lastIsInitial(String p) {
        int n = p.length();
        return n >= 2 && Character.isUpperCase(p.charAt(n - 2)) && (n == 2 || !Character.isLetter(p.charAt(n - 3)));
    }

    private static String stripPunct(String w) {
        int a = 0;
        int b = w.length();
        while (a < b && !Character.isLetter(w.charAt(a))) {
            a++;
        }
        while (b > a && !Character.isLetter(w.charAt(b - 1)) && w.charAt(b - 1) != '.') {
            b--;
        }
        return w.substring(a, b);
    }

    /** A dispatch signed with initials only: two to four capital letters each followed by a period. */
    private static ParsedByline signature(String t) {
        if (t.length() < 2 || t.charAt(1) != '.') {
            return null; // the first initial and its period, checked before the split (a regex) on every short line
        }
        String[] parts = SPACES.split(t);
        if (parts.length < 2 || parts.length > 4) {
            return null;
        }
        for (String p : parts) {
            if (p.length() != 2 || !Character.isUpperCase(p.charAt(0)) || p.charAt(1) != '.') {
                return null;
            }
        }
        ParsedByline out = new ParsedByline();
        out.reporters.add(SPACES.matcher(t).replaceAll(" "));
        return out;
    }
}
