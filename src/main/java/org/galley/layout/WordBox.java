package org.galley.layout;

/** One word of a raw line as the source placed it, in the page's unit. */
public record WordBox(String text, double x, double y, double width, double height) {
}
