package org.galley.segment;

import java.util.List;

/**
 * A Chinese headline set directly above its text with no blank line between ({@code 春到湿地} ⏎ {@code 近日，城东…}):
 * one or two short lines without clause punctuation that open a block (a blank or a line of another kind above them,
 * and the text before that has finished its sentence or item), followed at once by text at least half again as wide.
 * The last line of a paragraph pushed to the top of a column is short too, but the text before the break then stops
 * mid-sentence.
 */
final class CjkGluedHeadline {
    private static final int MAX_LINES = 2;

    private CjkGluedHeadline() {
    }

    static void mark(List<Line> lines) {
        for (int i = 0; i < lines.size(); i++) {
            if (i > 0 && lines.get(i - 1).kind == LineKind.TEXT || !candidate(lines.get(i)) || !opensBlock(lines, i)) {
                continue;
            }
            int run = i;
            while (run < lines.size() && run < i + MAX_LINES && candidate(lines.get(run))) {
                run++;
            }
            // the longest head that fits: 名鬚生金少樓、自上月應 under 金少樓北返有期 is the text's full line
            for (int j = run; j > i; j--) {
                if (glued(lines, i, j)) {
                    for (int k = i; k < j; k++) {
                        lines.get(k).kind = LineKind.TITLE;
                    }
                    break;
                }
            }
        }
    }

    /**
     * A headline glued under the last line of the item before it ({@code …挽救也} ⏎ {@code 。} ⏎ {@code 電車加價}
     * ⏎⏎ {@code 本報訊英商…}): one or two short lines without punctuation right over a dateline (a blank between
     * at most), and the line above them finishes its sentence or item. A dateline opens an item; the text before it
     * cannot end on a clause-less fragment that has finished nothing.
     */
    static void markOverDatelines(List<Line> lines) {
        for (int d = 1; d < lines.size(); d++) {
            if (lines.get(d).kind != LineKind.TEXT || !lines.get(d).datelineStart) {
                continue;
            }
            int end = d - 1;
            if (lines.get(end).kind == LineKind.BLANK) {
                end--;
            }
            int start = end;
            while (start >= 0 && end - start < MAX_LINES && candidate(lines.get(start))
                    && !hasPunctuation(lines.get(start).text)) {
                start--;
            }
            if (start == end || start < 0 || lines.get(start).kind != LineKind.TEXT) {
                continue; // no head, or a head with a blank above: the ordinary headline rules read it
            }
            Line above = lines.get(start);
            boolean finished = above.punctuationOnly || SentenceEnd.endsZhItem(textAbove(lines, start), above.text);
            if (finished && headIsShort(lines, start, end, d)) {
                for (int k = start + 1; k <= end; k++) {
                    lines.get(k).kind = LineKind.TITLE;
                }
            }
        }
    }

    /**
     * A headline glued under the last line of the item before it, with a blank line below it
     * ({@code …正分別嚴緝中、} ⏎ {@code 童子誤吞銅元} ⏎⏎ {@code 小南門外…}): one or two short lines without
     * punctuation of at least {@value #MIN_TRAILING} characters, under a line that finishes a clause or a sentence,
     * over a blank and more text. A column ends on a full, justified line; a paragraph's last line ends on its
     * punctuation; a pen name under a poem is shorter and has the next item's headline, not text, below it.
     */
    static void markTrailingHeads(List<Line> lines) {
        for (int i = 1; i + 2 < lines.size(); i++) {
            Line above = lines.get(i - 1);
            if (above.kind != LineKind.TEXT || above.punctuationOnly || !trailingCandidate(lines.get(i))) {
                continue;
            }
            int end = i;
            if (end + 1 < lines.size() && trailingCandidate(lines.get(end + 1))) {
                end++;
            }
            int next = end + 1;
            if (next >= lines.size() || lines.get(next).kind != LineKind.BLANK) {
                continue;
            }
            while (next < lines.size() && lines.get(next).kind == LineKind.BLANK) {
                next++;
            }
            if (next >= lines.size() || !isText(lines.get(next))
                    || CharClass.opensWithCloser(lines.get(next).text)) {
                continue;
            }
            String t = above.text;
            boolean finished = SentenceEnd.endsZhItem(textAbove(lines, i - 1), t);
            int width = Math.max(CharClass.visibleLength(t), CharClass.visibleLength(lines.get(next).text));
            boolean narrow = true;
            for (int k = i; k <= end; k++) {
                narrow &= CharClass.visibleLength(lines.get(k).text) * 3 <= width * 2;
            }
            if (finished && narrow) {
                for (int k = i; k <= end; k++) {
                    lines.get(k).kind = LineKind.TITLE;
                }
            }
            i = end;
        }
    }

    /** The shortest headline read under an item's last line: shorter ones are pen names (醉紅生, 梨園客). */
    private static final int MIN_TRAILING = 4;

    private static boolean trailingCandidate(Line l) {
        return candidate(l) && !hasPunctuation(l.text) && CharClass.visibleLength(l.text) >= MIN_TRAILING
                && CharClass.countHan(l.text) == CharClass.visibleLength(l.text);
    }

    /** The head lines are at most two thirds as wide as the text around them. */
    private static boolean headIsShort(List<Line> lines, int above, int end, int dateline) {
        int width = Math.max(CharClass.visibleLength(lines.get(dateline).text), above > 0
                ? CharClass.visibleLength(lines.get(above - 1).text) : 0);
        for (int k = above + 1; k <= end; k++) {
            if (CharClass.visibleLength(lines.get(k).text) * 3 > width * 2) {
                return false;
            }
        }
        return true;
    }

    /** Lines i..j-1 are a headline over the text starting at j: short lines over text half again as wide. */
    private static boolean glued(List<Line> lines, int i, int j) {
        if (j >= lines.size() || !isText(lines.get(j)) || CharClass.opensWithCloser(lines.get(j).text)
                || unbalanced(lines, i, j)
                || CjkTitleRule.opensWithOneCharClause(lines.get(j).text)) { // 柳絮飛時燕子 ⏎ 歸、: a broken word
            return false; // 指南 ⏎ 针”。: the sentence runs on into the next line
        }
        int width = 0;
        for (int k = j; k < lines.size() && k < j + 4 && isText(lines.get(k)); k++) {
            width = Math.max(width, CharClass.visibleLength(lines.get(k).text));
        }
        for (int k = i; k < j; k++) {
            int w = CharClass.visibleLength(lines.get(k).text);
            // in a narrow column a headline of six in eight is short too, if it has no punctuation at all
            // over an indented first line, the head needs no more than to fall short of the column
            boolean narrowHead = width <= NARROW && w <= width - 2
                    && (w <= MAX_NARROW_HEAD || lines.get(j).indent >= 2) && !hasPunctuation(lines.get(k).text);
            if (w * 3 > width * 2 && !narrowHead) {
                return false;
            }
        }
        return true;
    }

    /** The widest column of an older paper's narrow text. */
    private static final int NARROW = 14;
    /** A longer line short of a narrow column is a paragraph's first line set loose by justification. */
    private static final int MAX_NARROW_HEAD = 8;

    /** Full-width punctuation (the ideographic space aside) or curly quotes. */
    private static boolean hasPunctuation(String t) {
        for (int k = 0; k < t.length(); k++) {
            char c = t.charAt(k);
            if (CharClass.isCjkPunct(c) && c != '\u3000' || c == '“' || c == '”' || c == '‘' || c == '’') {
                return true;
            }
        }
        return false;
    }

    /** An opening quote or bracket left open: the headline would not stop there. */
    private static boolean unbalanced(List<Line> lines, int i, int j) {
        return openings(lines, i, j, "“「『（《", "”」』）》") != 0;
    }

    /** Openings less closings of the lines {@code i..j-1}: positive where something they open is still open. */
    static int openings(List<Line> lines, int i, int j, String opens, String closes) {
        int depth = 0;
        for (int k = i; k < j; k++) {
            String t = lines.get(k).text;
            for (int c = 0; c < t.length(); c++) {
                char ch = t.charAt(c);
                if (opens.indexOf(ch) >= 0) {
                    depth++;
                } else if (closes.indexOf(ch) >= 0) {
                    depth--;
                }
            }
        }
        return depth;
    }

    /** The text of the line above {@code k}, or "" where that is no text line. */
    private static String textAbove(List<Line> lines, int k) {
        return k > 0 && lines.get(k - 1).kind == LineKind.TEXT ? lines.get(k - 1).text : "";
    }

    /** An indented line opens a paragraph (　　黃包車夫張), never a headline. */
    private static boolean candidate(Line l) {
        return isText(l) && !l.datelineStart && l.indent == 0 && TitleRule.isZhTitleLike(l.text)
                && CharClass.visibleLength(l.text) >= 2;
    }

    private static boolean isText(Line l) {
        return l.kind == LineKind.TEXT && !l.advertStart && !l.advertEnd && !l.punctuationOnly;
    }

    /** Page edge or a non-text line right above; the last text before it ends a sentence, an item or a signature. */
    private static boolean opensBlock(List<Line> lines, int i) {
        if (i == 0) {
            return true;
        }
        if (lines.get(i - 1).kind == LineKind.TEXT || lines.get(i - 1).kind == LineKind.TITLE) {
            return false; // under a headline: the text's first line, not a second headline
        }
        int k = i - 1;
        while (k >= 0 && (lines.get(k).kind == LineKind.BLANK || lines.get(k).kind == LineKind.NOISE)) {
            k--;
        }
        if (k >= 0 && lines.get(k).kind == LineKind.TITLE && CjkCrosshead.isNumberHead(lines.get(k).text)) {
            return false; // 三 ⏎⏎ 黃金大戲院本星期: the part's text under its number
        }
        if (k < 0 || lines.get(k).kind != LineKind.TEXT) {
            return true;
        }
        String t = lines.get(k).text;
        return lines.get(k).punctuationOnly || lines.get(k).advertEnd || SentenceEnd.endsZhItem(textAbove(lines, k), t)
                || SentenceEnd.endsInstalment(k > 0 ? lines.get(k - 1).text + t : t);
    }
}
