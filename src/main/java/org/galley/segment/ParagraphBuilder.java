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
        StringBuilder cur = new StringBuilder();
        BodyLine prev = null;
        for (BodyLine line : lines) {
            boolean crossheadEdge = prev != null && prev.crosshead() != line.crosshead();
            if (prev != null && (crossheadEdge || zh && CjkCrosshead.startsWithMark(line.text())
                    || !NoiseRule.isCjkPunctuation(line.text()) && startsParagraph(prev, line, width))) {
                flush(cur, out);
            }
            joiner.append(cur, line.text());
            prev = line;
        }
        flush(cur, out);
        return out;
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
