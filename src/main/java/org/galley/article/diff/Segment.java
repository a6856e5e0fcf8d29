package org.galley.article.diff;

/** A run of text that stayed, was inserted or was deleted. */
public record Segment(Op op, String text) {
}
