package org.galley.segment;

import java.util.ArrayList;
import java.util.List;

/**
 * Groups classified lines into units. Text continues across blank lines (they may be column breaks) until
 * something else intervenes, a dateline opens a new article, or an advertisement ends. Headline blocks separated
 * only by blank lines form one group (kicker / blank / headline).
 */
final class Units {
    private Units() {
    }

    static List<Unit> of(List<Line> lines) {
        List<Unit> out = new ArrayList<>();
        Unit cur = null;
        Unit frag = null;
        boolean blank = false;
        for (Line line : lines) {
            if (line.layoutBreak) {
                blank = true;
            }
            switch (line.kind) {
                case BLANK -> {
                    blank = true;
                    continue;
                }
                case NOISE -> {
                    continue;
                }
                case TEXT -> {
                    if (line.fragment) {
                        if (frag == null) {
                            frag = start(out, Unit.Type.FRAGMENT);
                        }
                        frag.add(line, false);
                        blank = true; // the sliver stands where the column broke: the text goes on below it
                        continue;
                    }
                    if (line.punctuationOnly) {
                        if (cur != null && cur.type == Unit.Type.BODY) {
                            cur.add(line, false); // the end of the sentence above, pushed to the next column
                        } else {
                            // no text above to end (the page's first line, under a headline): kept for an editor
                            start(out, Unit.Type.FRAGMENT).add(line, false);
                        }
                        continue;
                    }
                    if (cur == null || cur.type != Unit.Type.BODY || line.datelineStart || line.advertStart
                            || line.layoutBreak || cur.last().letterTail && !line.letterTail
                            || cur.endsInstalment()) { // （未完）: the serial stops here
                        cur = start(out, Unit.Type.BODY);
                    }
                    cur.add(line, blank);
                    if (line.advertEnd && !cur.first().advertStart) {
                        AdvertSplit.apply(out, cur);
                    }
                    if (line.advertEnd) {
                        cur = null; // the advertisement ends here
                    }
                }
                case TITLE -> {
                    if (cur == null || cur.type != Unit.Type.TITLE
                            || blank && CjkCrosshead.opensPart(cur, line.text)) { // 梨園瑣聞 ⏎ 一: a part's head
                        cur = start(out, Unit.Type.TITLE);
                    }
                    cur.add(line, blank);
                }
                case BYLINE -> {
                    if (cur == null || cur.type != Unit.Type.BYLINE || blank) {
                        cur = start(out, Unit.Type.BYLINE);
                    }
                    cur.add(line, blank);
                }
                case CREDIT -> start(out, Unit.Type.CREDIT).add(line, false);
                case FURNITURE -> start(out, Unit.Type.FURNITURE).add(line, false);
                case CONTINUED_ON -> start(out, Unit.Type.CONTINUED_ON).add(line, false);
                case CONTINUED_FROM -> start(out, Unit.Type.CONTINUED_FROM).add(line, false);
                default -> {
                }
            }
            if (line.kind == LineKind.CREDIT || line.kind == LineKind.FURNITURE
                    || line.kind == LineKind.CONTINUED_ON || line.kind == LineKind.CONTINUED_FROM) {
                cur = out.get(out.size() - 1);
            }
            blank = false;
            frag = null;
        }
        return out;
    }

    private static Unit start(List<Unit> out, Unit.Type type) {
        Unit u = new Unit(type);
        out.add(u);
        return u;
    }
}
