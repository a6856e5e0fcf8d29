package org.galley.segment;

/** One raw line of the page: its 1-based number, trimmed text, leading indentation and what the rules made of it. */
final class Line {
    final int number;
    final String text;
    final int indent;
    /** Characters dropped as junk (replacement characters, control bytes): a sign of binary input. */
    final int junk;
    LineKind kind = LineKind.TEXT;
    /** A body line that opens an article with a dateline marker (本报讯, WASHINGTON, April 30.—). */
    boolean datelineStart;
    /** A body line that closes an advertisement ("—Advt."). */
    boolean advertEnd;
    /** The first line of a block the advert rule recognised (an advertisement starts here, ending the text above). */
    boolean advertStart;
    /** A signature that closes the item above it: a pen name in brackets （某某）, a letter's AN OLD INHABITANT. */
    boolean closingByline;
    /** English: the place, date or office line under a letter's signature ({@link EnLetterRule}): the letter's end. */
    boolean letterTail;
    /** English: a line of a letter's address, TO THE EDITOR OF THE HERALD. ({@link EnLetterRule}). */
    boolean letterAddress;
    /** English: the signature of a letter quoted in a report or a Gazette ({@link EnLetterRule}): text, no heading. */
    boolean signature;
    /** Only full-width punctuation (a lone 。 at the top of a column): part of the text above, never text alone. */
    boolean punctuationOnly;
    /** English: part of a sliver of the neighbouring column that OCR cut into this one (kept, never an article). */
    boolean fragment;
    /** Where the line sits on the page, for pages imported with layout; null otherwise. */
    LineGeometry geometry;
    /** Its type size (font size, or line height when the source gives none), 0 when unknown. */
    double size;
    /** Layout: the line starts a new block, column or section of the page, as a blank line would. */
    boolean layoutBreak;
    /** A jump line's target or source page, or 0 when the line does not say. */
    int jumpPage;

    /** {@link CharClass#visibleLength} of the text, computed on first use: several rules measure every line. */
    private int visibleLength = -1;

    Line(int number, String text, int indent, int junk) {
        this.number = number;
        this.text = text;
        this.indent = indent;
        this.junk = junk;
    }

    int visibleLength() {
        if (visibleLength < 0) {
            visibleLength = CharClass.visibleLength(text);
        }
        return visibleLength;
    }

    boolean isBlank() {
        return kind == LineKind.BLANK;
    }

    @Override
    public String toString() {
        return number + ":" + kind + ":" + text;
    }
}
