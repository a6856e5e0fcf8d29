package org.galley.segment;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * English papers of the 1800s print advertisements in long runs, without "—Advt." under them: sales by auction,
 * houses to let, coaches and packets, remedies. They speak the trade's formulas (TO BE SOLD, Apply to, may be had,
 * begs leave to inform, Price 2s. 6d.) far more densely than news does. A block with at least two different
 * formulas, and one formula for every {@link #LINES_PER_CUE} lines or fewer, is an advertisement; a market report
 * quoting prices has prices only, a report of a sale mentions one formula, not several.
 */
final class EnAdvertRule {
    private static final int LINES_PER_CUE = 8;
    /*
     * Each cue with the literals a match must start with (lower-case for the case-insensitive cues, which fold ASCII
     * letters only). The regex is tried only where one of them occurs: the same matches as a find() over the whole
     * text, without running fifteen patterns over every position of the page (most of the English segmenting time).
     */
    private static final Cue[] CUES = {
            cue("\\bTO BE (SOLD|LET|DISPOSED OF)\\b", true, "to be "),
            cue("\\bBY (PUBLIC )?AUCTION\\b", true, "by "),
            cue("\\bWANTED\\b", false, "WANTED"),
            cue("\\bapply (to|at|personally)\\b", true, "apply "),
            cue("\\b(may|to) be had\\b", true, "may be had", "to be had"),
            cue("\\bsold (by|at|only)\\b", true, "sold "),
            cue("\\bfor (further )?particulars\\b", true, "for "),
            cue("\\bbegs? (leave )?to (inform|acquaint|announce|return)\\b", true, "beg"),
            cue("\\brespectfully (informs?|solicits?|announces?|begs?)\\b", true, "respectfully "),
            cue("\\bPrice,? (only )?[0-9£]", false, "Price"),
            cue("\\b(per|each) (box|bottle|pot|packet|dozen|lb)\\b", true, "per ", "each "),
            cue("\\b(nobility|gentry),? (and|&) (the )?(gentry|public)\\b", true, "nobility", "gentry"),
            cue("\\bwill (sail|leave|start|be sold|be let)\\b", true, "will "),
            cue("\\b(patronage|warranted|wholesale and retail)\\b", true, "patronage", "warranted",
                    "wholesale and retail"),
            cue("\\bN\\.B\\.", false, "N.B."),
    };

    private record Cue(Pattern pattern, boolean ignoreCase, String[] starts) {
        /** Non-overlapping matches, left to right, as successive {@link Matcher#find()} calls count them. */
        int count(String text, String asciiLower) {
            String hay = ignoreCase ? asciiLower : text;
            int[] next = new int[starts.length];
            for (int k = 0; k < starts.length; k++) {
                next[k] = hay.indexOf(starts[k]);
            }
            Matcher m = pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
            int n = 0;
            int from = 0;
            while (true) {
                int p = -1;
                for (int k = 0; k < starts.length; k++) {
                    if (next[k] >= 0 && next[k] < from) {
                        next[k] = hay.indexOf(starts[k], from);
                    }
                    if (next[k] >= 0 && (p < 0 || next[k] < p)) {
                        p = next[k];
                    }
                }
                if (p < 0) {
                    return n;
                }
                m.region(p, text.length());
                if (m.lookingAt()) {
                    n++;
                    from = m.end();
                } else {
                    from = p + 1;
                }
            }
        }
    }

    private static Cue cue(String regex, boolean ignoreCase, String... starts) {
        return new Cue(Pattern.compile(regex, ignoreCase ? Pattern.CASE_INSENSITIVE : 0), ignoreCase, starts);
    }

    private EnAdvertRule() {
    }

    static boolean isAdvert(List<String> lines) {
        if (lines.isEmpty()) {
            return false;
        }
        StringBuilder b = new StringBuilder();
        for (String l : lines) {
            b.append(l).append(' ');
        }
        String text = b.toString();
        String lower = asciiLower(text);
        int distinct = 0;
        int hits = 0;
        for (Cue c : CUES) {
            int n = c.count(text, lower);
            if (n > 0) {
                distinct++;
                hits += n;
            }
        }
        return distinct >= 2 && hits * LINES_PER_CUE >= lines.size();
    }

    /** A-Z to a-z and nothing else, as a case-insensitive pattern without UNICODE_CASE compares; same length. */
    private static String asciiLower(String s) {
        int first = 0;
        while (first < s.length() && (s.charAt(first) < 'A' || s.charAt(first) > 'Z')) {
            first++;
        }
        if (first == s.length()) {
            return s;
        }
        char[] c = s.toCharArray();
        for (int i = first; i < c.length; i++) {
            if (c[i] >= 'A' && c[i] <= 'Z') {
                c[i] += 'a' - 'A';
            }
        }
        return new String(c);
    }
}
