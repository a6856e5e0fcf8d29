package org.galley.segment;

/** An inclusive range of 1-based raw page lines. */
public record LineSpan(int first, int last) {
}
