package org.galley.segment;

import java.util.List;

/**
 * A reading notice that ends in "—Advt." often follows an article's text with no headline of its own. Its text
 * starts after the last line above it that ends a sentence; those lines are split off the article's body into a
 * body of their own. A notice longer than a few lines is left alone.
 */
final class AdvertSplit {
    private static final int MAX_LINES = 6;

    private AdvertSplit() {
    }

    static void apply(List<Unit> units, Unit body) {
        int end = body.lines.size() - 1;
        int start = end;
        while (start > 0 && end - start < MAX_LINES && !SentenceEnd.endsSentence(body.lines.get(start - 1).text, false)) {
            start--;
        }
        if (start == 0 || end - start >= MAX_LINES) {
            return; // the whole body is the notice, or no clear start
        }
        Unit advert = new Unit(Unit.Type.BODY);
        for (int i = start; i <= end; i++) {
            advert.add(body.lines.get(i), false);
        }
        for (int i = end; i >= start; i--) {
            body.lines.remove(i);
            body.breakBefore.remove(i);
        }
        units.add(advert);
    }
}
