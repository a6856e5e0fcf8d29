package org.galley.segment;

/** An inclusive range of 1-based raw line numbers. */
public record LineSpan(int first, int last) {
}
