package org.galley.segment;

import java.util.List;

/** Reads byline lines of either language. */
final class BylineReader {
    private BylineReader() {
    }

    static ParsedByline read(String line) {
        ParsedByline p = CjkBylineRule.parse(line);
        return p != null ? p : LatinBylineRule.parse(line);
    }

    static ParsedByline read(Unit unit) {
        ParsedByline out = new ParsedByline();
        for (Line l : unit.lines) {
            ParsedByline p = read(l.text);
            if (p != null) {
                out.addAll(p);
            }
        }
        return out;
    }

    static ParsedByline readAll(List<Unit> units) {
        ParsedByline out = new ParsedByline();
        for (Unit u : units) {
            out.addAll(read(u));
        }
        return out;
    }
}
