package org.galley.article.structure;

/** One raw line of one page. */
public record Line(long pageId, int number) implements Comparable<Line> {
    @Override
    public int compareTo(Line o) {
        return pageId != o.pageId ? Long.compare(pageId, o.pageId) : Integer.compare(number, o.number);
    }
}
