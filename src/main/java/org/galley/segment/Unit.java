package org.galley.segment;

import java.util.ArrayList;
import java.util.List;

/**
 * A run of lines with one role: a headline group (its blank-separated blocks kept apart), a byline block, a body of
 * text (blank lines inside it remembered), a credit, a furniture line or a jump line.
 */
final class Unit {
    enum Type { TITLE, BYLINE, BODY, CREDIT, FURNITURE, CONTINUED_ON, CONTINUED_FROM, FRAGMENT }

    final Type type;
    final List<Line> lines = new ArrayList<>();
    /** For bodies: whether blank lines preceded each line. For titles: whether each line starts a new block. */
    final List<Boolean> breakBefore = new ArrayList<>();

    Unit(Type type) {
        this.type = type;
    }

    void add(Line line, boolean blankBefore) {
        breakBefore.add(!lines.isEmpty() && blankBefore);
        lines.add(line);
    }

    Line first() {
        return lines.get(0);
    }

    Line last() {
        return lines.get(lines.size() - 1);
    }

    /** The last two lines' text joined: where a bracket broke over the last line break. */
    String tail() {
        return lines.size() < 2 ? last().text : lines.get(lines.size() - 2).text + last().text;
    }

    /** {@link SentenceEnd#endsInstalment} of the {@link #tail}, joined only when the last line ends on a bracket. */
    boolean endsInstalment() {
        return SentenceEnd.endsOnBracket(last().text) && SentenceEnd.endsInstalment(tail());
    }

    /** Title blocks: the line texts of each blank-separated block. */
    List<List<String>> blocks() {
        List<List<String>> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (i == 0 || breakBefore.get(i)) {
                out.add(new ArrayList<>());
            }
            out.get(out.size() - 1).add(lines.get(i).text);
        }
        return out;
    }

    String text() {
        StringBuilder b = new StringBuilder();
        for (Line l : lines) {
            if (b.length() > 0) {
                b.append(' ');
            }
            b.append(l.text);
        }
        return b.toString();
    }

    /** A pen-name signature that closes the item above: （某某）. */
    boolean closesItem() {
        return type == Type.BYLINE && lines.size() == 1 && first().closingByline;
    }

    boolean endsAdvert() {
        for (Line l : lines) {
            if (l.advertEnd) {
                return true;
            }
        }
        return false;
    }
}
