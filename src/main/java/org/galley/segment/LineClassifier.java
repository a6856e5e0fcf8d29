package org.galley.segment;

import java.util.List;

/**
 * Gives every line a {@link LineKind}: first by what the line says on its own (blank, noise, furniture, byline,
 * credit, jump line, dateline, advert end), then headlines, which need their neighbours.
 */
final class LineClassifier {
    /** English: more lines in capitals than this are a passage set in capitals, not a headline. */
    private static final int MAX_TITLE_LINES = 4;

    private final boolean zh;

    LineClassifier(boolean zh) {
        this.zh = zh;
    }

    void classify(List<Line> lines) {
        for (int i = 0; i < lines.size(); i++) {
            classifyAlone(lines, i);
        }
        if (zh) {
            CjkMasthead.mark(lines);
            markBrokenWireDatelines(lines);
            CjkAdvertRule.mark(lines);
            new CjkTitleRule(lines).apply();
            CjkGluedHeadline.mark(lines);
            CjkGluedHeadline.markOverDatelines(lines);
            CjkGluedHeadline.markTrailingHeads(lines);
            markJumpHeads(lines);
        } else {
            ColumnFragments.mark(lines);
            EnLetterRule.markSignatures(lines);
            markCapsTitles(lines);
            markTitleCaseHeads(lines);
            if (PageShape.blankSeparated(lines)) {
                markShortHeadlineBlocks(lines);
            }
            EnLetterRule.markAddresses(lines);
        }
    }

    private void classifyAlone(List<Line> lines, int i) {
        Line line = lines.get(i);
        String t = line.text;
        if (t.isEmpty()) {
            line.kind = LineKind.BLANK;
            return;
        }
        if (zh && NoiseRule.isCjkPunctuation(t)) {
            line.kind = LineKind.TEXT;
            line.punctuationOnly = true;
            return;
        }
        if (NoiseRule.isNoise(line) || !zh && NoiseRule.isRuleDebris(t)) {
            line.kind = LineKind.NOISE;
            return;
        }
        int jump = ContinuationRule.jump(t, zh);
        if (jump != 0) {
            line.kind = jump > 0 ? LineKind.CONTINUED_ON : LineKind.CONTINUED_FROM;
            line.jumpPage = ContinuationRule.page(t, zh);
            return;
        }
        if (zh) {
            if (CjkBylineRule.parse(t) != null) {
                line.kind = LineKind.BYLINE;
                line.closingByline = CjkBylineRule.closingSignature(t);
            } else if (FurnitureRule.isZhFurniture(t, standsAlone(lines, i))) {
                line.kind = LineKind.FURNITURE;
            } else {
                line.kind = LineKind.TEXT;
                line.datelineStart = CjkDatelineRule.split(t) != null;
                line.advertEnd = AdvertRule.endsAdvert(t, true);
            }
            return;
        }
        if (FurnitureRule.isEnFurniture(t)) {
            line.kind = LineKind.FURNITURE;
        } else if (LatinBylineRule.parse(t) != null) {
            line.kind = LineKind.BYLINE;
        } else if (CreditRule.isCredit(t)) {
            line.kind = LineKind.CREDIT;
        } else {
            line.kind = LineKind.TEXT;
            line.advertEnd = AdvertRule.endsAdvert(t, false);
        }
    }

    /** A bracketed wire dateline broken over two narrow lines opens an item like a whole one. */
    private static void markBrokenWireDatelines(List<Line> lines) {
        for (int i = 0; i + 1 < lines.size(); i++) {
            Line l = lines.get(i);
            Line next = lines.get(i + 1);
            if (l.kind == LineKind.TEXT && !l.datelineStart && next.kind == LineKind.TEXT
                    && CjkDatelineRule.opensBrokenWire(l.text, next.text)) {
                l.datelineStart = true;
            }
        }
    }

    /**
     * The keyword line under a "continued from" line (（上接第1版） then 独山港 then the text): a short line with no
     * sentence end is the continuation's repeated headline, so readers find the story; it is not the text's start.
     */
    private static void markJumpHeads(List<Line> lines) {
        for (int i = 0; i + 2 < lines.size(); i++) {
            Line head = lines.get(i + 1);
            if (lines.get(i).kind != LineKind.CONTINUED_FROM) {
                continue; // the cheap test first: most lines follow no jump line
            }
            String t = CharClass.removeSpaces(head.text);
            if (head.kind == LineKind.TEXT && !head.datelineStart
                    && t.length() >= 2 && t.length() <= 8 && !SentenceEnd.endsSentence(t, true)
                    && lines.get(i + 2).kind == LineKind.TEXT) {
                head.kind = LineKind.TITLE;
            }
        }
    }

    /** Blank lines or the page edge above and below. */
    static boolean standsAlone(List<Line> lines, int i) {
        boolean above = i == 0 || lines.get(i - 1).text.isEmpty();
        boolean below = i == lines.size() - 1 || lines.get(i + 1).text.isEmpty();
        return above && below;
    }

    /**
     * English headlines: runs of up to four lines in capitals, then the title-case deck under them (up to the line
     * that ends in a period, at most three lines). Longer runs of capitals are text.
     */
    private void markCapsTitles(List<Line> lines) {
        int i = 0;
        while (i < lines.size()) {
            if (!isCapsText(lines.get(i))) {
                i++;
                continue;
            }
            int j = i;
            int count = 0;
            while (j < lines.size() && (isCapsText(lines.get(j)) || lines.get(j).kind == LineKind.BLANK)) {
                if (lines.get(j).kind != LineKind.BLANK) {
                    count++;
                }
                j++;
            }
            if (count <= MAX_TITLE_LINES) {
                // THE LEICESTERSHIRE MINERS, / who are on strike...: the capitals open the text, they head nothing
                int end = j < lines.size() && lines.get(j - 1).kind == LineKind.TEXT
                        && OldEnglishHeads.isRunInLead(lines.get(j - 1).text, lines.get(j).text) ? j - 1 : j;
                for (int k = i; k < end; k++) {
                    if (lines.get(k).kind == LineKind.TEXT) {
                        lines.get(k).kind = LineKind.TITLE;
                    }
                }
                j = markDeck(lines, j);
            }
            i = j;
        }
    }

    /**
     * Older English papers head items with a short title-case line ending in a period ("Foreign Intelligence.",
     * "Friday's and Saturday's Posts."), set apart only by what surrounds it: the text above ends a sentence, the
     * line is clearly shorter than the column, and text starting with a capital follows. The last line of a
     * paragraph is the same shape, but the line above it runs on.
     */
    private static void markTitleCaseHeads(List<Line> lines) {
        for (int i = 0; i + 1 < lines.size(); i++) {
            Line l = lines.get(i);
            String t = l.text;
            if (l.kind != LineKind.TEXT || l.advertEnd || t.length() < 8 || t.length() > 50 || !t.endsWith(".")
                    || !Character.isUpperCase(t.charAt(0)) || !TitleRule.isTitleCase(t)) {
                continue;
            }
            Line next = lines.get(i + 1);
            if (next.kind != LineKind.TEXT || next.text.isEmpty() || !Character.isUpperCase(next.text.charAt(0))
                    || LatinDatelineRule.split(t) != null) {
                continue;
            }
            Line prev = i == 0 ? null : lines.get(i - 1);
            boolean apart = prev == null || prev.kind != LineKind.TEXT || SentenceEnd.endsSentence(prev.text, false);
            int width = 0;
            for (int k = i + 1; k < lines.size() && k <= i + 4; k++) {
                width = Math.max(width, lines.get(k).text.length());
            }
            if (apart && t.length() * 10 <= width * 7) {
                l.kind = LineKind.TITLE;
            }
        }
    }

    private static boolean isCapsText(Line line) {
        return line.kind == LineKind.TEXT && !line.advertEnd && !line.signature && TitleRule.isCaps(line.text)
                && !OldEnglishHeads.opensCapsRunIn(line.text);
    }

    private static int markDeck(List<Line> lines, int j) {
        if (j >= lines.size()) {
            return j;
        }
        Line first = lines.get(j);
        if (first.kind != LineKind.TEXT || first.advertEnd || !TitleRule.isTitleCase(first.text)
                || LatinDatelineRule.split(first.text) != null || OldEnglishHeads.opensRunIn(first.text)) {
            return j;
        }
        for (int k = j; k < lines.size() && k < j + 3; k++) {
            Line l = lines.get(k);
            if (l.kind != LineKind.TEXT || l.advertEnd || k > j && LatinDatelineRule.split(l.text) != null) {
                return k; // the deck ends where the text opens with a dateline
            }
            l.kind = LineKind.TITLE;
            if (l.text.endsWith(".") || l.text.endsWith(".\"")) {
                return k + 1;
            }
        }
        return j + 3;
    }

    /** Pages with blank lines: a block of one to three short capitalised lines without a final period. */
    private static void markShortHeadlineBlocks(List<Line> lines) {
        int width = ColumnFragments.medianTextWidth(lines);
        int i = 0;
        while (i < lines.size()) {
            if (lines.get(i).kind != LineKind.TEXT || (i > 0 && lines.get(i - 1).kind == LineKind.TEXT)) {
                i++;
                continue;
            }
            int j = i;
            while (j < lines.size() && lines.get(j).kind == LineKind.TEXT) {
                j++;
            }
            boolean title = j - i <= 3 && j < lines.size();
            for (int k = i; k < j && title; k++) {
                title = TitleRule.isShortHeadline(lines.get(k).text) && !lines.get(k).advertEnd
                        && !OldEnglishHeads.isRunningText(lines.get(k).text, width);
            }
            if (title) {
                for (int k = i; k < j; k++) {
                    lines.get(k).kind = LineKind.TITLE;
                }
            }
            i = j;
        }
    }
}
