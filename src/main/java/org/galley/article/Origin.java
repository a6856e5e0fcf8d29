package org.galley.article;

/** Where a revision came from. */
public enum Origin {
    /** The segmenter's proposal at import: always revision 1. */
    SEGMENTER,
    /** Someone edited the article's text or fields. */
    EDIT,
    /** A split, merge or move that touched several articles at once. */
    STRUCTURE,
    /** A copy of an older revision, made current again. */
    RESTORE
}
