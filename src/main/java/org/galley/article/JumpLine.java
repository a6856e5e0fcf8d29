package org.galley.article;

/**
 * A jump line of a page: {@code direction} "to" ("（下转第3版）", "Continued on Page 5") or "from" ("（上接第1版）",
 * "Continued from First Page"), {@code targetPage} the page number it names (null when it does not say), and the
 * raw line it is on. Recorded at import; whoever owns the line owns the jump.
 */
public record JumpLine(long pageId, int line, String direction, Integer targetPage) {
    public static final String TO = "to";
    public static final String FROM = "from";

    public boolean isTo() {
        return TO.equals(direction);
    }
}
