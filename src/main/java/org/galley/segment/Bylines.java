package org.galley.segment;

/**
 * Reads one byline block on its own (for example an orphan byline an editor assigns to an article):
 * {@code ■记者 李雨婷}, {@code 通讯员 徐冰艳 张丹燕}, {@code By JOHN SMITH}. Lines that are not bylines add nothing.
 */
public final class Bylines {

    private Bylines() {
    }

    public static Byline parse(String text) {
        ParsedByline all = new ParsedByline();
        if (text == null) {
            return Byline.empty();
        }
        for (String line : text.split("\\R")) {
            if (line.isBlank()) {
                continue;
            }
            ParsedByline one = CjkBylineRule.parse(line);
            if (one == null) {
                one = LatinBylineRule.parse(line);
            }
            if (one != null) {
                all.addAll(one);
            }
        }
        return all.toByline();
    }
}
