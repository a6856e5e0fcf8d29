package org.galley.segment;

/**
 * Where one raw line sits on the page, for pages imported from a layout format. Any unit, origin top left, y
 * downwards; only ratios and order matter to the rules.
 *
 * @param fontSize the line's type size, or 0 when unknown
 * @param block    the source's block the line belongs to, or null when unknown
 */
public record LineGeometry(double x, double y, double width, double height, double fontSize, String block) {
}
