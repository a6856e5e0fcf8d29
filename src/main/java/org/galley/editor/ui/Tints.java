package org.galley.editor.ui;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Article colours. The hue comes from the article's id (golden-angle steps: consecutive ids, as an import
 * creates them, are 137.5° apart), so an article keeps its colour when others are split, merged or moved;
 * only when it would be hard to tell from the article before it on the page does it take the opposite hue.
 */
final class Tints {

    /** Closer than this (in degrees on the colour wheel) and two neighbours look alike. */
    static final int MIN_NEIGHBOUR_DISTANCE = 40;

    private Tints() {
    }

    static int hue(long articleId) {
        return (int) Math.floorMod(Math.round(articleId * 137.50776), 360L);
    }

    /** Hues for the articles of a page, in page order. */
    static Map<Long, Integer> hues(List<Long> idsInPageOrder) {
        Map<Long, Integer> hues = new HashMap<>();
        Integer previous = null;
        for (long id : idsInPageOrder) {
            int hue = hue(id);
            if (previous != null && distance(hue, previous) < MIN_NEIGHBOUR_DISTANCE) {
                hue = (hue + 180) % 360;
            }
            hues.put(id, hue);
            previous = hue;
        }
        return hues;
    }

    static int distance(int a, int b) {
        int d = Math.abs(a - b) % 360;
        return Math.min(d, 360 - d);
    }
}
