package org.galley.segment;

import java.util.List;

/**
 * Chinese headlines: a block of one to four lines without clause punctuation that stands apart from the text
 * (blank lines, a byline, a dateline or the page edge around it). A single line that only continues the sentence
 * of the text above after a column break (full column width, and text goes on below) is not a headline.
 */
final class CjkTitleRule {
    private static final int MAX_LINES = 4;
    private final List<Line> lines;

    CjkTitleRule(List<Line> lines) {
        this.lines = lines;
    }

    void apply() {
        int i = 0;
        while (i < lines.size()) {
            if (!candidate(lines.get(i))) {
                i++;
                continue;
            }
            int j = i;
            while (j < lines.size() && candidate(lines.get(j))) {
                j++;
            }
            if (j - i <= MAX_LINES && boundaryAbove(i - 1) && boundary(j) && !continuesText(i, j)) {
                for (int k = i; k < j; k++) {
                    lines.get(k).kind = LineKind.TITLE;
                }
            }
            i = j;
        }
    }

    private static boolean candidate(Line l) {
        return l.kind == LineKind.TEXT && !l.datelineStart && !l.advertEnd && !l.advertStart && !l.punctuationOnly
                && TitleRule.isZhTitleLike(l.text);
    }

    /** The line at {@code k} separates a headline from text: page edge, blank, any non-text line, a dateline. */
    private boolean boundary(int k) {
        if (k < 0 || k >= lines.size()) {
            return true;
        }
        Line l = lines.get(k);
        return l.kind != LineKind.TEXT || l.datelineStart;
    }

    /**
     * Above a headline only a blank or a line of another kind separates it from text: a line that opens with a
     * dateline is the first line of a text, and the text goes on below it (in a narrow column of an older paper,
     * lines without a comma look like headlines).
     */
    private boolean boundaryAbove(int k) {
        return k < 0 || lines.get(k).kind != LineKind.TEXT;
    }

    /** Lines i..j-1 as wide as the column of the text above, which stops mid-sentence and goes on below. */
    private boolean continuesText(int i, int j) {
        int above = previousText(i - 1);
        int below = nextNonBlank(j);
        if (above < 0 || below < 0) {
            return false;
        }
        Line prev = lines.get(above);
        Line next = lines.get(below);
        if (prev.kind != LineKind.TEXT || next.kind != LineKind.TEXT || next.datelineStart
                || SentenceEnd.endsSentence(prev.text, true) || CjkBylineRule.trailingSignature(prev.text) > 0) {
            return false;
        }
        if (prev.text.endsWith("、") && i > 0 && lines.get(i - 1).kind == LineKind.BLANK && j < lines.size()
                && lines.get(j).kind == LineKind.BLANK) {
            return false; // items of older papers end in 、; a wrapped line is not set apart by blank lines
        }
        int width = 0;
        for (int k = above; k >= 0 && k > above - 6 && lines.get(k).kind == LineKind.TEXT; k--) {
            width = Math.max(width, CharClass.visibleLength(lines.get(k).text));
        }
        for (int k = i; k < j; k++) {
            if (CharClass.visibleLength(lines.get(k).text) < width - 1) {
                return false;
            }
        }
        return true;
    }

    private int previousText(int k) {
        while (k >= 0 && (lines.get(k).kind == LineKind.BLANK || lines.get(k).kind == LineKind.NOISE)) {
            k--;
        }
        return k;
    }

    private int nextNonBlank(int k) {
        while (k < lines.size() && (lines.get(k).kind == LineKind.BLANK || lines.get(k).kind == LineKind.NOISE)) {
            k++;
        }
        return k < lines.size() ? k : -1;
    }
}
