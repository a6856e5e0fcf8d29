package org.galley.segment;

/** A line of article body text as the paragraph rules see it: text, whether blank lines preceded it, indent. */
record BodyLine(String text, boolean blankBefore, int indent, boolean crosshead) {
    BodyLine(String text, boolean blankBefore, int indent) {
        this(text, blankBefore, indent, false);
    }
}
