package org.galley.segment;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Builds paragraphs from body lines. A paragraph ends where a line that ends a sentence is followed by a blank line
 * (a blank line after a line that stops mid-sentence is a column break: {@code 动} / blank / {@code 力变革}), by an
 * indented line, or, on pages without blank lines, by a line that starts a sentence after a line shorter than
 * nine tenths of the column (a justified line fills it; the last line of a paragraph need not). On Chinese pages a
 * line opening with a round-up mark ({@code ▲公共租界}) starts a sub-item, whatever ends the line above.
 */
final class ParagraphBuilder {
    private final boolean zh;
    private final boolean blankSeparated;
    private final LineJoiner joiner;

    ParagraphBuilder(boolean zh, boolean blankSeparated, LineJoiner joiner) {
        this.zh = zh;
        this.blankSeparated = blankSeparated;
        this.joiner = joiner;
    }

    List<String> build(List<BodyLine> lines) {
        List<String> out = new ArrayList<>();
        if (lines.isEmpty()) {
            return out;
        }
        int width = typicalWidth(lines);
        boolean[] listed = zh ? listLines(lines) : new boolean[lines.size()];
        StringBuilder cur = new StringBuilder();
        BodyLine prev = null;
        for (int i = 0; i < lines.size(); i++) {
            BodyLine line = lines.get(i);
            boolean crossheadEdge = prev != null && prev.crosshead() != line.crosshead();
            if (prev != null && (crossheadEdge || listed[i] || zh && CjkCrosshead.startsWithMark(line.text())
                    || !NoiseRule.isCjkPunctuation(line.text()) && startsParagraph(prev, line, width))) {
                flush(cur, out);
            }
            joiner.append(cur, line.text());
            prev = line;
        }
        flush(cur, out);
        return out;
    }

    /** The fewest lines of a list (prices, results) set one entry to a line. */
    private static final int MIN_LIST = 3;

    /**
     * Lines of a list printed one entry to a line ({@code 標金開盤七百零二元四角} ⏎ {@code 白粳每石十一元五角}): a run of
     * at least {@value #MIN_LIST} lines without a punctuation mark, of different lengths (a poem's lines are all
     * of one length; running text of any period punctuates its clauses). Each entry is a paragraph; the flag marks
     * every entry but the run's first.
     */
    private static boolean[] listLines(List<BodyLine> lines) {
        boolean[] listed = new boolean[lines.size()];
        int i = 0;
        while (i < lines.size()) {
            int j = i;
            while (j < lines.size() && unpunctuated(lines.get(j).text())) {
                j++;
            }
            boolean runsOn = j < lines.size() && !lines.get(j).blankBefore()
                    && CharClass.opensWithCloser(lines.get(j).text());
            if (j - i >= MIN_LIST && !sameLength(lines, i, j) && !runsOn && entries(lines, i, j)) {
                for (int k = i + 1; k < j; k++) {
                    listed[k] = true;
                }
                if (i > 0) {
                    listed[i] = true; // the first entry under the text that announces the list
                }
            }
            i = Math.max(j, i + 1);
        }
        return listed;
    }

    /** No entry indented like a paragraph's first line; most entries hold a figure or a gap between columns. */
    private static boolean entries(List<BodyLine> lines, int from, int to) {
        int figures = 0;
        for (int k = from; k < to; k++) {
            String t = lines.get(k).text();
            if (lines.get(k).indent() > 0) {
                return false;
            }
            if (t.indexOf('\u3000') > 0 || hasFigure(t)) {
                figures++;
            }
        }
        return figures * 2 >= to - from;
    }

    private static boolean hasFigure(String t) {
        for (int k = 0; k < t.length(); k++) {
            if (Character.isDigit(t.charAt(k)) || "〇一二三四五六七八九十百千萬万".indexOf(t.charAt(k)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** A line with Han characters and no punctuation mark (a gap between columns is no mark). */
    private static boolean unpunctuated(String t) {
        boolean han = false;
        for (int k = 0; k < t.length(); k++) {
            char c = t.charAt(k);
            if (CharClass.isCjkPunct(c) && c != '\u3000' || ",.;:!?".indexOf(c) >= 0) {
                return false;
            }
            han |= CharClass.isHan(c);
        }
        return han;
    }

    private static boolean sameLength(List<BodyLine> lines, int from, int to) {
        int w = CharClass.visibleLength(lines.get(from).text());
        for (int k = from + 1; k < to; k++) {
            if (CharClass.visibleLength(lines.get(k).text()) != w) {
                return false;
            }
        }
        return true;
    }

    private boolean startsParagraph(BodyLine prev, BodyLine line, int width) {
        boolean sentenceEnded = SentenceEnd.endsSentence(prev.text(), zh);
        if (sentenceEnded && line.blankBefore()) {
            return true;
        }
        if (sentenceEnded && line.indent() >= 2 && line.indent() > prev.indent()) {
            return true;
        }
        if (blankSeparated || !(sentenceEnded || endsWithColon(prev.text()))) {
            return false;
        }
        int len = CharClass.visibleLength(prev.text());
        // a clearly short last line ends the paragraph whatever OCR made of the next line's first letter
        return len * 10 <= width * 6 || len * 10 <= width * 9 && startsSentence(line.text());
    }

    /** "said afterward:" before a quoted statement set as its own paragraph. */
    private static boolean endsWithColon(String text) {
        return text.endsWith(":") || text.endsWith("：");
    }

    private boolean startsSentence(String text) {
        for (int i = 0; i < text.length() && i < 4; i++) {
            char c = text.charAt(i);
            if (Character.isUpperCase(c) || Character.isDigit(c) || CharClass.isWide(c, zh) && !isCloser(c)) {
                return true;
            }
            if (Character.isLowerCase(c)) {
                return false;
            }
        }
        return false;
    }

    private static boolean isCloser(char c) {
        return "，。、；：！？）》”’".indexOf(c) >= 0;
    }

    private static int typicalWidth(List<BodyLine> lines) {
        int[] lengths = new int[lines.size()];
        for (int i = 0; i < lengths.length; i++) {
            lengths[i] = CharClass.visibleLength(lines.get(i).text());
        }
        return typicalWidth(lengths);
    }

    /** The column width: the 75th percentile of line lengths (the longest line may be an OCR accident). Sorts. */
    static int typicalWidth(int[] lengths) {
        Arrays.sort(lengths);
        return lengths[Math.min(lengths.length - 1, (lengths.length * 3) / 4)];
    }

    private void flush(StringBuilder cur, List<String> out) {
        String p = CjkSpacing.clean(cur.toString(), zh, true);
        if (!p.isEmpty()) {
            out.add(p);
        }
        cur.setLength(0);
    }
}
