package org.galley.segment;

import java.util.ArrayList;
import java.util.List;

/** The units one article is being assembled from. */
final class Draft {
    Unit title;
    final List<Unit> bylines = new ArrayList<>();
    final List<Unit> bodies = new ArrayList<>();
    final List<Unit> credits = new ArrayList<>();
    Unit continuedOn;
    /** "Continued from" lines: the article goes on from another page. */
    final List<Unit> continuedFrom = new ArrayList<>();
    /** Headed by a section heading in capitals (LOCAL NEWS): the briefs under it are one article. */
    boolean section;

    /** The text opens with a dateline: news, whatever it quotes. */
    boolean dateline() {
        return hasBody() && bodies.get(0).first().datelineStart;
    }

    boolean hasBody() {
        return !bodies.isEmpty();
    }

    boolean isEmpty() {
        return title == null && bylines.isEmpty() && bodies.isEmpty() && credits.isEmpty() && continuedOn == null
                && continuedFrom.isEmpty();
    }

    /** A photo credit and a title make a photo item even without a caption. */
    boolean hasPhotoCredit() {
        for (Unit u : bylines) {
            for (Line l : u.lines) {
                ParsedByline p = BylineReader.read(l.text);
                if (p != null && !p.photographers.isEmpty()) {
                    return true;
                }
            }
        }
        return false;
    }
}
