package org.galley.segment;

import java.util.Locale;

/**
 * English datelines at the head of an article: {@code WASHINGTON, April 30.—}, {@code London, May 1.—},
 * {@code NEW YORK (AP) —}, {@code (AP) —}. The text before the dash must name a month, a news agency, or be a
 * place in capitals; otherwise the dash belongs to the prose.
 */
final class LatinDatelineRule {
    private static final String[] MONTHS = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct",
        "nov", "dec"};
    private static final String[] AGENCIES = {"(ap)", "(upi)", "(reuters)", "(afp)", "(special)"};

    private LatinDatelineRule() {
    }

    static Dateline split(String line) {
        int dash = dash(line);
        if (dash <= 0) {
            return null;
        }
        String head = line.substring(0, dash).trim();
        int after = dash + (line.startsWith("--", dash) ? 2 : 1);
        String rest = line.substring(after).trim();
        if (head.isEmpty() || rest.isEmpty() || EnLetterRule.salutationEnd(head) == head.length()) {
            return null; // SIR,—Will you allow me: a letter's salutation, which is its text
        }
        char c0 = head.charAt(0);
        if (!Character.isUpperCase(c0) && c0 != '(') {
            return null;
        }
        if (Words.count(head) > 9) {
            return null;
        }
        String lower = head.toLowerCase(Locale.ROOT);
        if (hasMonth(lower) || hasAgency(lower) || isCapsPlace(head)) {
            return new Dateline(head, rest, null);
        }
        return null;
    }

    /** The first em dash or double hyphen within the first 60 characters. */
    private static int dash(String line) {
        int lim = Math.min(line.length(), 60);
        for (int i = 0; i < lim; i++) {
            char c = line.charAt(i);
            if (c == '—' || c == '―' || (c == '-' && i + 1 < line.length() && line.charAt(i + 1) == '-')) {
                return i;
            }
        }
        return -1;
    }

    private static boolean hasMonth(String lower) {
        for (String word : lettersRuns(lower)) {
            for (String m : MONTHS) {
                if (word.startsWith(m) && word.length() <= 9 && (word.length() == 3 || isMonthName(word))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static java.util.List<String> lettersRuns(String lower) {
        java.util.List<String> out = new java.util.ArrayList<>();
        int i = 0;
        while (i < lower.length()) {
            while (i < lower.length() && !(lower.charAt(i) >= 'a' && lower.charAt(i) <= 'z')) {
                i++;
            }
            int s = i;
            while (i < lower.length() && lower.charAt(i) >= 'a' && lower.charAt(i) <= 'z') {
                i++;
            }
            if (i > s) {
                out.add(lower.substring(s, i));
            }
        }
        return out;
    }

    private static boolean isMonthName(String w) {
        switch (w) {
            case "january": case "february": case "march": case "april": case "june": case "july": case "august":
            case "september": case "sept": case "october": case "november": case "december":
                return true;
            default:
                return false;
        }
    }

    private static boolean hasAgency(String lower) {
        for (String a : AGENCIES) {
            if (lower.contains(a)) {
                return true;
            }
        }
        return false;
    }

    /** WASHINGTON, or NEW YORK: the first word all capitals, three letters or more. */
    private static boolean isCapsPlace(String head) {
        int end = 0;
        while (end < head.length() && !CharClass.isSpace(head.charAt(end)) && head.charAt(end) != ','
                && head.charAt(end) != '.') {
            end++;
        }
        String first = head.substring(0, end);
        if (first.length() < 3) {
            return false;
        }
        for (int i = 0; i < first.length(); i++) {
            if (!Character.isUpperCase(first.charAt(i)) && first.charAt(i) != '-') {
                return false;
            }
        }
        return true;
    }
}
