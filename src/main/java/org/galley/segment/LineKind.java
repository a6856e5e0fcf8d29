package org.galley.segment;

/** What a raw line is, as far as the line rules can tell. */
enum LineKind {
    BLANK,
    /** No letters or digits, or mostly junk bytes: dropped. */
    NOISE,
    /** Running heads, page numbers, mastheads, prices. */
    FURNITURE,
    /** Names of reporters, correspondents, photographers. */
    BYLINE,
    /** Service and copyright credits ("Special to The Tribune", "(Copyright: 1903 ...)"). */
    CREDIT,
    /** A jump line: "Continued on page 2", "（下转第2版）". */
    CONTINUED_ON,
    /** A jump line from an earlier page: dropped. */
    CONTINUED_FROM,
    TITLE,
    TEXT
}
