package org.galley.segment;

/** A dateline split off the head of an article's first line, with what the line says after it. */
record Dateline(String dateline, String rest, ParsedByline byline) {
}
