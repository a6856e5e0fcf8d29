package org.galley.article.diff;

/** What happened to a piece of text between two revisions. */
public enum Op {
    EQUAL, INSERT, DELETE
}
