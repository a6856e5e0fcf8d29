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
    private static final Pattern[] CUES = {
            Pattern.compile("\\bTO BE (SOLD|LET|DISPOSED OF)\\b", Pattern.CASE_INSENSITIVE),
            Pattern.compile("\\bBY (PUBLIC )?AUCTION\\b", Pattern.CASE_INSENSITIVE),
            Pattern.compile("\\bWANTED\\b"),
            Pattern.compile("\\bapply (to|at|personally)\\b", Pattern.CASE_INSENSITIVE),
            Pattern.compile("\\b(may|to) be had\\b", Pattern.CASE_INSENSITIVE),
            Pattern.compile("\\bsold (by|at|only)\\b", Pattern.CASE_INSENSITIVE),
            Pattern.compile("\\bfor (further )?particulars\\b", Pattern.CASE_INSENSITIVE),
            Pattern.compile("\\bbegs? (leave )?to (inform|acquaint|announce|return)\\b", Pattern.CASE_INSENSITIVE),
            Pattern.compile("\\brespectfully (informs?|solicits?|announces?|begs?)\\b", Pattern.CASE_INSENSITIVE),
            Pattern.compile("\\bPrice,? (only )?[0-9£]"),
            Pattern.compile("\\b(per|each) (box|bottle|pot|packet|dozen|lb)\\b", Pattern.CASE_INSENSITIVE),
            Pattern.compile("\\b(nobility|gentry),? (and|&) (the )?(gentry|public)\\b", Pattern.CASE_INSENSITIVE),
            Pattern.compile("\\bwill (sail|leave|start|be sold|be let)\\b", Pattern.CASE_INSENSITIVE),
            Pattern.compile("\\b(patronage|warranted|wholesale and retail)\\b", Pattern.CASE_INSENSITIVE),
            Pattern.compile("\\bN\\.B\\."),
    };

    private EnAdvertRule() {
    }

    static boolean isAdvert(List<String> lines) {
        if (lines.isEmpty()) {
            return false;
        }
        StringBuilder text = new StringBuilder();
        for (String l : lines) {
            text.append(l).append(' ');
        }
        int distinct = 0;
        int hits = 0;
        for (Pattern p : CUES) {
            Matcher m = p.matcher(text);
            int n = 0;
            while (m.find()) {
                n++;
            }
            if (n > 0) {
                distinct++;
                hits += n;
            }
        }
        return distinct >= 2 && hits * LINES_PER_CUE >= lines.size();
    }
}
