package org.galley.segment;

import java.util.ArrayList;
import java.util.List;

/**
 * Assembles units into article drafts. Pages put headlines above their text (most English pages) or, in narrow
 * Chinese layouts extracted column by column, after it. Both readings are tried and the one that leaves fewer
 * headlines without text and texts without headline wins; on a tie, headlines come first.
 */
final class ArticleAssembler {
    private ArticleAssembler() {
    }

    /** @param fragments slivers of a neighbouring column: left to an editor */
    record Result(List<Draft> drafts, List<Unit> furniture, boolean titlesAfter, List<Unit> fragments) {
    }

    static Result assemble(List<Unit> units, boolean zh) {
        List<Unit> furniture = new ArrayList<>();
        List<Unit> rest = new ArrayList<>();
        List<Unit> fragments = new ArrayList<>();
        for (Unit u : units) {
            (u.type == Unit.Type.FURNITURE ? furniture : u.type == Unit.Type.FRAGMENT ? fragments : rest).add(u);
        }
        List<Draft> before = titlesBefore(rest, !zh, !zh && OldEnglishHeads.spaced(units));
        List<Draft> after = titlesAfter(rest);
        boolean useAfter = clearlyBetter(penalty(after), penalty(before));
        return new Result(useAfter ? after : before, furniture, useAfter, fragments);
    }

    /**
     * Headlines after the text is the rarer layout: it is chosen only when it leaves nothing unpaired, or wins by
     * at least two units and a third of the other reading's penalty. A masthead at the top or a slogan at the foot
     * of a front page shifts either reading by a unit or two; that must not move every headline to the wrong story.
     */
    static boolean clearlyBetter(int after, int before) {
        int diff = before - after;
        return diff > 0 && (after == 0 || diff >= 2 && diff * 3 >= before);
    }

    /** Headlines without text plus texts without headline. */
    static int penalty(List<Draft> drafts) {
        int p = 0;
        for (Draft d : drafts) {
            if (d.hasBody() && d.title == null) {
                p++;
            }
            if (!d.hasBody() && d.title != null && !d.hasPhotoCredit()) {
                p++;
            }
        }
        return p;
    }

    /** Headline, then bylines and text: a headline closes the article before it. */
    static List<Draft> titlesBefore(List<Unit> units, boolean crossheads) {
        return titlesBefore(units, crossheads, false);
    }

    /**
     * The draft holds its headline and one line of text that ends no sentence: the headline's deck, read as text
     * ({@code 最快2027年動工 市府：加速推動先期工程}); the dateline under it opens the report, not a new item.
     */
    private static boolean onlyADeck(Draft cur, boolean english) {
        return cur.title != null && cur.bodies.size() == 1 && cur.bodies.get(0).type == Unit.Type.BODY
                && cur.bodies.get(0).lines.size() == 1
                && !SentenceEnd.endsSentence(cur.bodies.get(0).first().text, !english);
    }

    /**
     * A section whose briefs open with run-in heads ({@code RUNAWAY HORSE.—On Monday…}): a heading in capitals
     * after them heads a short brief of it or the next article ({@link SectionHeading#MAX_RUN_IN_BRIEF_LINES}).
     */
    private static boolean runInSection(Draft cur) {
        Unit first = cur.bodies.get(0);
        return first.type == Unit.Type.BODY && (OldEnglishHeads.opensRunIn(first.first().text)
                || SMALL_CAPS_RUN_IN.matcher(first.first().text).lookingAt());
    }

    /** A place set in small capitals that the OCR read as title case: {@code Towcester.—The annual…}. */
    private static final java.util.regex.Pattern SMALL_CAPS_RUN_IN =
            java.util.regex.Pattern.compile("[A-Z][a-z]{2,}(?: [A-Z][a-z]+)?\\.[—–-]{1,2}[A-Z]");

    /** @param spaced the page's OCR sets blank lines between blocks ({@link OldEnglishHeads#spaced}) */
    static List<Draft> titlesBefore(List<Unit> units, boolean crossheads, boolean spaced) {
        List<Draft> out = new ArrayList<>();
        Draft cur = new Draft();
        for (int i = 0; i < units.size(); i++) {
            Unit u = units.get(i);
            switch (u.type) {
                case TITLE -> {
                    boolean inSection = crossheads && cur.section && cur.hasBody();
                    boolean runIn = inSection && runInSection(cur);
                    if (inSection && (!TitleRule.isCaps(u.first().text) || SectionHeading.isBriefHead(units, i,
                            runIn ? SectionHeading.MAX_RUN_IN_BRIEF_LINES : SectionHeading.MAX_BRIEF_LINES))) {
                        cur.bodies.add(u); // the head of one brief in a section: the section stays one article
                    } else if (!runIn // a heading in capitals over no brief of a section of run-in briefs ends it
                            && (crossheads ? isCrosshead(units, i, cur, spaced) : isCjkCrosshead(units, i, cur))) {
                        cur.bodies.add(u); // stays in the text as a paragraph of its own
                    } else if (!crossheads && cur.title != null && !cur.hasBody() && u.lines.size() == 1
                            && CjkCrosshead.opensPart(cur.title, u.first().text)) {
                        cur.bodies.add(u); // 梨園瑣聞 ⏎ 一: the round-up's first part, under its headline
                    } else if (onlyJumpFrom(cur)) {
                        cur.title = u; // "Continued from First Page" above the repeated headline: one continuation
                    } else {
                        cur = close(out, cur);
                        cur.title = u;
                        cur.section = crossheads && SectionHeading.is(units, i);
                    }
                }
                case BYLINE, CREDIT -> {
                    if (u.closesItem() && cur.hasBody()) {
                        cur.bylines.add(u); // a signature closes the item it signs
                        if (i + 1 < units.size() && units.get(i + 1).first().letterTail) {
                            cur.bodies.add(units.get(++i)); // a letter's place and date under its signature
                        }
                        cur = close(out, cur);
                        continue;
                    }
                    if (cur.hasBody() && nextIsBody(units, i)) {
                        cur = close(out, cur); // a byline between two texts opens the second
                    }
                    (u.type == Unit.Type.BYLINE ? cur.bylines : cur.credits).add(u);
                }
                case CONTINUED_FROM -> {
                    if (cur.hasBody()) {
                        cur = close(out, cur); // the jump line heads the text of a continued article
                    }
                    cur.continuedFrom.add(u);
                }
                case BODY -> {
                    if (!crossheads && resumesAcrossAdvert(out, cur, u)) {
                        close(out, cur);
                        out.get(out.size() - 2).bodies.add(u); // 恐將宣告停 ⏎ (an advert) ⏎ 業云。
                        cur = new Draft();
                        continue;
                    }
                    // a letter's place and date (EnLetterRule) end it as an advert's mark does
                    if (cur.hasBody() && (u.first().datelineStart && !cur.section && !onlyADeck(cur, crossheads)
                            || last(cur.bodies).endsAdvert() || endsInstalment(cur)
                            || u.endsAdvert() || last(cur.bodies).last().letterTail)) {
                        cur = close(out, cur);
                    }
                    cur.bodies.add(u);
                }
                case CONTINUED_ON -> {
                    cur.continuedOn = u;
                    cur = close(out, cur);
                }
                default -> {
                }
            }
        }
        close(out, cur);
        return out;
    }

    /** Bylines and text, then the headline: a headline closes its own article. */
    static List<Draft> titlesAfter(List<Unit> units) {
        List<Draft> out = new ArrayList<>();
        Draft cur = new Draft();
        for (int i = 0; i < units.size(); i++) {
            Unit u = units.get(i);
            switch (u.type) {
                case TITLE -> {
                    if (cur.title != null || cur.hasBody() && last(cur.bodies).endsAdvert()) {
                        cur = close(out, cur); // an advertisement takes no headline after it
                    }
                    cur.title = u;
                    if (cur.hasBody() || cur.hasPhotoCredit()) {
                        cur = close(out, cur);
                    }
                }
                case BYLINE, CREDIT -> {
                    if (cur.hasBody() && nextIsBody(units, i) && !u.closesItem()) {
                        cur = close(out, cur);
                    }
                    (u.type == Unit.Type.BYLINE ? cur.bylines : cur.credits).add(u);
                }
                case BODY -> {
                    if (cur.title != null || cur.hasBody()
                            && (u.first().datelineStart || last(cur.bodies).endsAdvert() || u.endsAdvert()
                            || endsInstalment(cur))) {
                        cur = close(out, cur);
                    }
                    cur.bodies.add(u);
                }
                case CONTINUED_ON -> cur.continuedOn = u;
                case CONTINUED_FROM -> {
                    if (cur.hasBody() || cur.title != null) {
                        cur = close(out, cur);
                    }
                    cur.continuedFrom.add(u);
                }
                default -> {
                }
            }
        }
        close(out, cur);
        return out;
    }

    /**
     * An advert set into the middle of an item: the item's text stopped mid-sentence above the advert, and the
     * text right below it (no headline, no dateline) is the rest of that sentence.
     */
    private static boolean resumesAcrossAdvert(List<Draft> out, Draft advert, Unit u) {
        if (out.isEmpty() || advert.title != null || !advert.hasBody() || u.first().datelineStart || u.endsAdvert()) {
            return false;
        }
        for (Unit b : advert.bodies) {
            if (!b.endsAdvert()) {
                return false;
            }
        }
        Draft item = out.get(out.size() - 1);
        if (!item.hasBody() || last(item.bodies).endsAdvert()) {
            return false;
        }
        Unit body = last(item.bodies);
        String t = body.last().text;
        int width = 0;
        for (int k = Math.max(0, body.lines.size() - 4); k < body.lines.size(); k++) {
            width = Math.max(width, CharClass.visibleLength(body.lines.get(k).text));
        }
        // the column ran out mid-sentence: its last line is full (a signature or a paragraph's end falls short)
        return CharClass.visibleLength(t) >= width - 1 && !SentenceEnd.endsZhItem(t) && !SentenceEnd.endsInstalment(t);
    }

    /** A serial's instalment ended with （未完）: no text after it is the instalment's. */
    private static boolean endsInstalment(Draft cur) {
        return cur.hasBody() && last(cur.bodies).endsInstalment();
    }

    /**
     * A crosshead: a one-line headline inside a long text, with no deck, credit or byline, followed by more text
     * of the same article (at least three lines, no dateline, not an advertisement).
     */
    static boolean isCrosshead(List<Unit> units, int i, Draft cur) {
        return isCrosshead(units, i, cur, false);
    }

    /** @param spaced the page's OCR sets blank lines between blocks ({@link OldEnglishHeads#spaced}) */
    static boolean isCrosshead(List<Unit> units, int i, Draft cur, boolean spaced) {
        Unit u = units.get(i);
        if (u.lines.size() != 1 || !cur.hasBody() || last(cur.bodies).endsAdvert() || i + 1 >= units.size()
                || spaced && OldEnglishHeads.isCompleteHeading(u.first().text) && !OldEnglishHeads.shortOpening(cur)
                || u.first().letterAddress) {
            return false; // a letter's address (TO THE EDITOR OF...) opens the letter: en11c
        }
        Unit next = units.get(i + 1);
        return next.type == Unit.Type.BODY && next.lines.size() >= 3 && !next.first().datelineStart
                && !next.endsAdvert() && !(spaced && (EnAdvertRun.opensNotice(next)
                || EnAdvertRun.opensNotice(cur.bodies.get(0))));
    }

    /**
     * A Chinese crosshead (船员供词, 一, 二): one line of at most six characters inside an article that already has a
     * headline and text, followed by more text that opens with no dateline and is no advertisement. A short real
     * headline usually brings a second line, a dateline or a byline with it; those start a new article.
     */
    static boolean isCjkCrosshead(List<Unit> units, int i, Draft cur) {
        Unit u = units.get(i);
        if (u.lines.size() != 1 || CharClass.visibleLength(u.first().text) > MAX_CROSSHEAD || cur.title == null
                || !cur.hasBody() || last(cur.bodies).endsAdvert() || i + 1 >= units.size()) {
            return false;
        }
        Unit next = units.get(i + 1);
        return next.type == Unit.Type.BODY && next.lines.size() >= 2 && !next.first().datelineStart
                && !next.first().advertStart && !next.endsAdvert() && CjkCrosshead.hasEvidence(units, i, cur);
    }

    private static final int MAX_CROSSHEAD = 6;

    private static boolean nextIsBody(List<Unit> units, int i) {
        for (int k = i + 1; k < units.size(); k++) {
            Unit.Type t = units.get(k).type;
            if (t == Unit.Type.BODY) {
                return true;
            }
            if (t != Unit.Type.BYLINE && t != Unit.Type.CREDIT) {
                return false;
            }
        }
        return false;
    }

    private static Unit last(List<Unit> units) {
        return units.get(units.size() - 1);
    }

    private static boolean onlyJumpFrom(Draft d) {
        return !d.continuedFrom.isEmpty() && d.title == null && d.bylines.isEmpty() && d.bodies.isEmpty()
                && d.credits.isEmpty() && d.continuedOn == null;
    }

    private static Draft close(List<Draft> out, Draft cur) {
        if (!cur.isEmpty()) {
            out.add(cur);
        }
        return new Draft();
    }
}
