package org.galley.segment;

/**
 * A jump line kept with its article: {@code direction} "to" (（下转第3版）, "Continued on Page 5") or "from"
 * (（上接第1版）, "Continued from First Page"); {@code page} the page it names, or null when it does not say (接上版);
 * {@code line} its raw 1-based line number. The cross-page issue links articles with these.
 */
public record Jump(String direction, Integer page, int line) {
    public static final String TO = "to";
    public static final String FROM = "from";
}
