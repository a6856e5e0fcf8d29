package org.galley.segment;

import java.util.ArrayList;
import java.util.List;

/**
 * A crosshead set in the run of the text with no blank line around it ({@code …楊大窘。} ⏎ {@code 後台爭吵} ⏎
 * {@code 　　戲畢，楊返後台…}): a short line without any punctuation between a line that ends a sentence and the
 * first line of a paragraph (indented, or as wide as the column). No paragraph of running text is a few characters
 * without a single mark; a verse or a list line does not follow a finished sentence straight into indented prose.
 */
final class CjkInlineCrosshead {
    private static final int MAX_CHARS = 8;

    private CjkInlineCrosshead() {
    }

    /** Flags such lines as crossheads (their own paragraphs) and returns their texts. */
    static List<String> mark(List<BodyLine> body) {
        List<String> heads = new ArrayList<>();
        for (int k = 1; k + 1 < body.size(); k++) {
            BodyLine prev = body.get(k - 1);
            BodyLine line = body.get(k);
            BodyLine next = body.get(k + 1);
            if (line.crosshead() || line.blankBefore() || next.blankBefore() || line.indent() > 0
                    || !SentenceEnd.endsSentence(prev.text(), true) || !bare(line.text())) {
                continue;
            }
            int width = Math.max(CharClass.visibleLength(prev.text()), CharClass.visibleLength(next.text()));
            int w = CharClass.visibleLength(line.text());
            boolean paragraphOpens = next.indent() >= 2
                    || CharClass.visibleLength(next.text()) >= width - 1 && !CharClass.opensWithCloser(next.text());
            if (w >= 2 && w <= MAX_CHARS && w * 3 <= width * 2 && paragraphOpens) {
                body.set(k, new BodyLine(line.text(), line.blankBefore(), line.indent(), true));
                heads.add(CjkSpacing.clean(line.text(), true, true));
            }
        }
        return heads;
    }

    /** Han characters only (a justification space aside): no punctuation, digits or marks. */
    private static boolean bare(String t) {
        int han = 0;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (CharClass.isHan(c)) {
                han++;
            } else if (c != '\u3000' && c != ' ') {
                return false;
            }
        }
        return han >= 2;
    }

}
