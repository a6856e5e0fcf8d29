package org.galley.segment;

import java.util.List;

/**
 * Headlines of English papers of the 1800s are complete sentences of the type case: a line in capitals that ends
 * with a period ({@code COLLIERS' WAGES IN BLACKBURN DISTRICT.}, {@code POLICE.}, {@code LONDON SESSIONS.—MONDAY.}).
 * Such a heading opens an article of its own even under a long text: those papers set no crossheads in their
 * reports. The Tribune of 1903 does, in the same shape ({@code THE BEGINNINGS OF EXPANSION.}), so the rule holds
 * only on pages whose OCR sets blank lines between blocks, as the British Library's does at column and block breaks
 * and as a text layer with no spacing at all (the Tribune's) never does.
 */
final class OldEnglishHeads {
    /** At least one break between units (a blank line or a rule) for this many units. */
    private static final int UNITS_PER_BREAK = 15;
    /** A run-in head ends within this many characters of the line start. */
    private static final int MAX_RUN_IN = 40;
    /** Lines of introduction under a heading that still heads the items below it. */
    private static final int MAX_OPENING_LINES = 4;

    private OldEnglishHeads() {
    }

    /** The OCR marks breaks between blocks: units are separated by blank or rule lines here and there. */
    static boolean spaced(List<Unit> units) {
        int breaks = 0;
        for (int i = 1; i < units.size(); i++) {
            if (units.get(i - 1).last().number + 1 < units.get(i).first().number) {
                breaks++;
            }
        }
        return breaks > 0 && breaks * UNITS_PER_BREAK >= units.size();
    }

    /**
     * A paragraph opened by a run-in head, a word or two in capitals closed by a period and a dash
     * ({@code BOW-STREET.—Yesterday a man...}, OCR often giving the dash as one hyphen): text, not a deck.
     */
    static boolean opensRunIn(String t) {
        int lim = Math.min(t.length() - 2, MAX_RUN_IN);
        for (int i = 3; i < lim; i++) {
            char c = t.charAt(i + 1);
            if (t.charAt(i) == '.' && (c == '—' || c == '-' || c == '–') && Character.isUpperCase(t.charAt(0))
                    && Character.isUpperCase(t.charAt(i - 1))) {
                return true;
            }
        }
        return false;
    }

    /** A run-in head in capitals ends within this many characters of the line start. */
    private static final int MAX_CAPS_RUN_IN = 60;

    /**
     * A line in capitals that is the start of a paragraph, not a headline: a run-in head in capitals closed by a
     * dash, the text going on after it in lower case on the same line ({@code FIRE AT HOVE.—On Tuesday a fire},
     * {@code CAUTION TO MASTERS OF STEAM VESSELS,--Captain James}). A two-part heading has capitals or a day after
     * its dash ({@code LONDON SESSIONS.—MONDAY.}, {@code MIDDLESEX SESSIONS.—This Day.}).
     */
    static boolean opensCapsRunIn(String t) {
        int lim = Math.min(t.length() - 1, MAX_CAPS_RUN_IN);
        for (int i = 4; i < lim; i++) {
            char c = t.charAt(i);
            if (c != '—' && c != '-' && c != '–') {
                continue;
            }
            int p = i - 1;
            while (p > 0 && (t.charAt(p) == '-' || t.charAt(p) == '.' || t.charAt(p) == ',' || t.charAt(p) == ':'
                    || t.charAt(p) == ';' || t.charAt(p) == ' ')) {
                p--;
            }
            if (!Character.isUpperCase(t.charAt(p)) || p < 3) {
                continue; // a hyphen inside a word in lower case, or a dash after a number
            }
            int k = i + 1;
            while (k < t.length() && (t.charAt(k) == '-' || t.charAt(k) == '—' || t.charAt(k) == ' '
                    || t.charAt(k) == '"' || t.charAt(k) == '\'' || t.charAt(k) == '“')) {
                k++;
            }
            if (k >= t.length() || !Character.isUpperCase(t.charAt(k)) || k + 1 >= t.length()
                    || !Character.isLowerCase(t.charAt(k + 1))) {
                continue; // capitals after the dash: the second part of a heading (SESSIONS.—MONDAY.)
            }
            int lower = 0;
            for (int m = k; m < t.length(); m++) {
                if (Character.isLowerCase(t.charAt(m))) {
                    lower++;
                }
            }
            String rest = t.substring(k);
            // the sitting's day in title case (SESSIONS.—This Day., BENCH.—Second Day.) closes a heading
            return lower >= 3 && !(rest.endsWith(".") && Words.count(rest) <= 3
                    && Words.containsIgnoreCase(rest, "day"));
        }
        return false;
    }

    /**
     * A line of running text that OCR happened to set between blank lines (pages spaced at every block break):
     * as wide as the column, neither in capitals nor in title case ({@code Public newspapers had brought the
     * matter before the}). A short headline is shorter or set in capitals or title case.
     */
    static boolean isRunningText(String t, int columnWidth) {
        return CharClass.visibleLength(t) * 10 >= columnWidth * 8 && !TitleRule.isCaps(t) && !TitleRule.isTitleCase(t);
    }

    /**
     * Reports of the 1870s open with the subject's name in capitals, running on into the sentence on the next
     * line ({@code THE LEICESTERSHIRE MINERS,} / {@code who are on strike, held a meeting}): a line in capitals
     * not closed by a period or colon, directly above a line that goes on in lower case, is the text's start.
     */
    static boolean isRunInLead(String caps, String next) {
        if (caps.isEmpty() || next.isEmpty()) {
            return false;
        }
        char last = caps.charAt(caps.length() - 1);
        int k = 0;
        while (k < next.length() && !Character.isLetter(next.charAt(k))) {
            k++;
        }
        return last != '.' && last != ':' && k < next.length() && k <= 1 && Character.isLowerCase(next.charAt(k));
    }

    /**
     * A heading in two parts, the court and the day ({@code LONDON SESSIONS.—MONDAY.}), over a few lines of
     * introduction only (These Sessions commenced this morning before the Common Sergeant.) heads the cases that
     * follow it: the next heading in capitals is its first case, not an article of its own.
     */
    static boolean shortOpening(Draft cur) {
        if (cur.title == null || !twoPart(cur.title.first().text)) {
            return false;
        }
        int lines = 0;
        for (Unit b : cur.bodies) {
            lines += b.lines.size();
        }
        return lines <= MAX_OPENING_LINES;
    }

    /** A heading whose first part closes with a period and a dash, a second part following (SESSIONS.—MONDAY.). */
    private static boolean twoPart(String t) {
        int dot = t.indexOf('.');
        while (dot > 0 && dot + 2 < t.length()) {
            char c = t.charAt(dot + 1);
            if (c == '—' || c == '-' || c == '–') {
                return true;
            }
            dot = t.indexOf('.', dot + 1);
        }
        return false;
    }

    static boolean isCompleteHeading(String t) {
        int end = t.length();
        while (end > 0 && (t.charAt(end - 1) == ' ' || t.charAt(end - 1) == '•' || t.charAt(end - 1) == '\'')) {
            end--;
        }
        return end > 0 && t.charAt(end - 1) == '.' && TitleRule.isCaps(t);
    }
}
