package org.galley.segment;

import java.util.List;

/**
 * Chinese headlines: a block of one to four lines without clause punctuation that stands apart from the text
 * (blank lines, a byline, a dateline or the page edge around it). A single line that only continues the sentence
 * of the text above after a column break (full column width, and text goes on below) is not a headline, nor is a
 * block of running text that a column break set apart ({@link #runningText}): in the narrow columns of older papers,
 * where {@code 、} is the only comma, running text has no clause punctuation a line could be told by.
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
            if (j - i <= MAX_LINES && boundaryAbove(i - 1) && boundary(j) && !continuesText(i, j)
                    && !runningText(i, j) && !isVerse(lines, i, j) && !leavesQuoteOpen(i, j)) {
                for (int k = i; k < j; k++) {
                    lines.get(k).kind = LineKind.TITLE;
                }
            } else if (boundaryAbove(i - 1) && (j - i - 1) % 4 == 0 && isVerse(lines, i + 1, j)) {
                lines.get(i).kind = LineKind.TITLE; // a poem's title set right above its verses
            }
            i = j;
        }
    }

    /**
     * The lines open a quotation they do not close ({@code “项目从签约到开工只用了不到 4个} over a column break): a
     * quoted sentence of the text running on, since a headline closes what it quotes ({@code “微网格”激活…}).
     */
    private boolean leavesQuoteOpen(int i, int j) {
        return CjkGluedHeadline.openings(lines, i, j, "“「『", "”」』") > 0;
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
        if (width < MIN_NARROW) {
            width = columnWidth(i, j); // the text above is a sentence's tail (乎、」) pushed over a column break
        }
        // the last line of a paragraph is short: a block of two or more lines that stops there continues the text
        // above when that text ran to the column's width and the block carries a clause inside a line (a one-line
        // headline with a 、 inside, 菜價飛漲、市民叫苦, after an item that filled its last line stays a headline)
        boolean clauses = lines.get(above).visibleLength() >= width - 1 && hasInnerClause(i, j);
        for (int k = i; k < j; k++) {
            if (CharClass.visibleLength(lines.get(k).text) < width - 1 && !(clauses && k == j - 1 && k > i)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The lines of a classical poem (a quatrain of five or seven characters a line, no punctuation inside a line):
     * the text of the item under its title, not a stack of headlines. Four lines of the same length is what a
     * headline stack is not; four-character lines are left out, as headlines of four characters stack alike.
     */
    static boolean isVerse(List<Line> lines, int i, int j) {
        if (j - i < 4) {
            return false;
        }
        int length = -1;
        for (int k = i; k < j; k++) {
            String t = CharClass.removeSpaces(lines.get(k).text);
            while (!t.isEmpty() && VERSE_END.indexOf(t.charAt(t.length() - 1)) >= 0) {
                t = t.substring(0, t.length() - 1);
            }
            int n = t.codePointCount(0, t.length());
            if (n != 5 && n != 7 || length >= 0 && n != length || !allIdeographs(t)) {
                return false;
            }
            length = n;
        }
        return true;
    }

    private static final String VERSE_END = "，、。；！？";

    /**
     * Verse set as running text ({@code 又是年關近歲除、客中囊澀意何如、…}): four or more clauses, every one of five
     * or of seven characters. A report's clauses are of every length.
     */
    static boolean isVerseText(String text) {
        String t = CharClass.removeSpaces(text).replace("\n", "");
        int clauses = 0;
        int length = -1;
        int start = 0;
        for (int k = 0; k <= t.length(); k++) {
            if (k < t.length() && VERSE_END.indexOf(t.charAt(k)) < 0) {
                continue;
            }
            String clause = t.substring(start, k);
            start = k + 1;
            if (clause.isEmpty()) {
                continue;
            }
            int n = clause.codePointCount(0, clause.length());
            if (n != 5 && n != 7 || length >= 0 && n != length || !allIdeographs(clause)) {
                return false;
            }
            length = n;
            clauses++;
        }
        return clauses >= 4;
    }

    private static boolean allIdeographs(String t) {
        return t.codePoints().allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }

    /** A block's lines at least this wide can be the lines of a column of running text. */
    private static final int MIN_COLUMN = 8;

    /**
     * Running text of a narrow column set apart by a column break (a blank line), not a headline, when
     * <ul>
     * <li>the text below opens with punctuation: the block's sentence goes on there (a lone {@code 。} pushed to the
     * next column, {@code 、只伴舞而不出場});</li>
     * <li>a line opens with clause punctuation, the sentence wrapped from the full line above it (a headline is set
     * by hand and not broken at its {@code 、}: a short line above a {@code 、} stays a headline's);</li>
     * <li>three or four lines run at the column's width with clauses inside more than one of them.</li>
     * </ul>
     */
    private boolean runningText(int i, int j) {
        int below = nextNonBlank(j);
        if (below >= 0 && lines.get(below).kind == LineKind.TEXT && opensWithPunctuation(lines.get(below).text)) {
            return true;
        }
        int width = columnWidth(i, j);
        if (j - i <= 2 && width >= MIN_NARROW && width <= MAX_NARROW && asWideAsColumn(lines.get(j - 1), width)
                && (below >= 0 && lines.get(below).kind == LineKind.TEXT && opensWithOneCharClause(lines.get(below).text)
                || fullWidthClauses(i, j, width))) {
            return true;
        }
        for (int k = i; k < j; k++) {
            if (opensWithPunctuation(lines.get(k).text) && (k == i || width >= MIN_COLUMN
                    && printedWidth(lines.get(k - 1)) >= width - 1)) {
                return true;
            }
        }
        if (j - i < 3 || width < MIN_COLUMN) {
            return false;
        }
        int withClause = 0;
        for (int k = i; k < j; k++) {
            if (k < j - 1 && printedWidth(lines.get(k)) < width - 1) {
                return false;
            }
            if (innerClause(lines.get(k).text)) {
                withClause++;
            }
        }
        return withClause >= 2;
    }

    /** The narrowest column whose full lines {@link #runningText} tells from a headline by their width. */
    private static final int MIN_NARROW = 6;
    /**
     * The widest such column: in the wide columns of a modern page a headline runs to the column's width too
     * ({@code 传达学习习近平总书记重要论述、全国两会精神等}).
     */
    private static final int MAX_NARROW = 16;

    /**
     * One or two lines at the column's full width with a clause inside one of them: a paragraph's opening or the
     * lines of a sentence a column break set apart ({@code 這一晚、幫閒老周又來獻計}). Headlines of these papers carry
     * no clause punctuation but for a rare {@code 、} between two short halves, well inside the column.
     */
    private boolean fullWidthClauses(int i, int j, int width) {
        boolean clause = false;
        for (int k = i; k < j; k++) {
            if (!asWideAsColumn(lines.get(k), width)) {
                return false;
            }
            clause |= innerClause(lines.get(k).text) || lines.get(k).text.indexOf('，') > 0;
        }
        return clause;
    }

    /** A line of the column's running text: no narrower than a full line, no wider than the column. */
    private static boolean asWideAsColumn(Line l, int width) {
        int w = printedWidth(l);
        // quotes and a closing comma make the lines of one column differ by a character or two
        return w >= width - Math.max(1, width / 6) && w <= width + 1;
    }

    /**
     * Text that opens with one character and a clause mark ({@code 來、便推說頭痛}): the end of a word the line above
     * broke, so the sentence began above the blank line.
     */
    static boolean opensWithOneCharClause(String t) {
        return t.length() >= 3 && CharClass.isHan(t.charAt(0)) && (t.charAt(1) == '、' || t.charAt(1) == '，')
                && CjkCrosshead.NUMERALS.indexOf(t.charAt(0)) < 0; // 一、大光明: a numbered part
    }

    /**
     * The width of the running text around the block: the widest line of the text just above it and just below it
     * (up to six lines each), or 0 when there is none.
     */
    private int columnWidth(int i, int j) {
        int width = 0;
        int above = previousText(i - 1);
        for (int k = above; k >= 0 && k > above - 6 && lines.get(k).kind == LineKind.TEXT; k--) {
            width = Math.max(width, lines.get(k).visibleLength());
        }
        int below = nextNonBlank(j);
        for (int k = below; k >= 0 && k < lines.size() && k < below + 6 && lines.get(k).kind == LineKind.TEXT; k++) {
            width = Math.max(width, lines.get(k).visibleLength());
        }
        return width;
    }

    /** Characters the line takes in its column, a paragraph's indent (full-width spaces) included. */
    private static int printedWidth(Line l) {
        return l.visibleLength() + (l.indent + 1) / 2;
    }

    /** Clause or sentence punctuation, or a closing quote or bracket: what never opens a headline's line. */
    static boolean opensWithPunctuation(String t) {
        return !t.isEmpty() && LINE_START_PUNCTUATION.indexOf(t.charAt(0)) >= 0;
    }

    private static final String LINE_START_PUNCTUATION = "、，；：。！？．,;:”’」』）》〉】";

    private boolean hasInnerClause(int i, int j) {
        for (int k = i; k < j; k++) {
            if (innerClause(lines.get(k).text)) {
                return true;
            }
        }
        return false;
    }

    /** An enumeration comma between two characters of the line: a clause boundary inside it. */
    private static boolean innerClause(String t) {
        int c = t.indexOf('、', 1);
        return c > 0 && c < t.length() - 1;
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
