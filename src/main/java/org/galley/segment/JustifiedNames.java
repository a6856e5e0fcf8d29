package org.galley.segment;

import java.util.ArrayList;
import java.util.List;

/**
 * Justification spreads short names: {@code 王 强 陈明远} is 王强 and 陈明远. Runs of one-character tokens are
 * joined; a lone one-character token joins the shorter of its neighbours (a two-character name plus one is a
 * three-character name).
 */
final class JustifiedNames {
    private JustifiedNames() {
    }

    static List<String> merge(List<String> tokens) {
        List<String> out = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            String t = tokens.get(i);
            if (t.codePointCount(0, t.length()) == 1) {
                StringBuilder run = new StringBuilder(t);
                int j = i + 1;
                while (j < tokens.size() && tokens.get(j).codePointCount(0, tokens.get(j).length()) == 1) {
                    run.append(tokens.get(j));
                    j++;
                }
                if (j - i >= 2) {
                    out.add(run.toString());
                } else if (!out.isEmpty() && out.get(out.size() - 1).length() <= 2) {
                    out.set(out.size() - 1, out.get(out.size() - 1) + t);
                } else if (j < tokens.size() && tokens.get(j).length() <= 2) {
                    out.add(t + tokens.get(j));
                    j++;
                } else {
                    out.add(t);
                }
                i = j;
            } else {
                out.add(t);
                i++;
            }
        }
        return out;
    }
}
