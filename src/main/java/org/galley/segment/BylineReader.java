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
            if (p == null && l.closingByline) {
                p = letterSignature(l.text); // AN OLD INHABITANT. signing a letter: a name only there
            }
            if (p != null) {
                out.addAll(p);
            }
        }
        return out;
    }

    /** The writer of a letter to the editor, from the signature line {@link EnLetterRule} found. */
    private static ParsedByline letterSignature(String line) {
        String name = EnLetterRule.signature(line, true);
        if (name == null) {
            return null;
        }
        ParsedByline out = new ParsedByline();
        out.reporters.add(name);
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
