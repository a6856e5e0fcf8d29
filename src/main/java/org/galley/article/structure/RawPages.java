package org.galley.article.structure;

import java.util.List;

/** The raw lines of a page by page id (immutable once imported), for matching lines to an article's text. */
@FunctionalInterface
public interface RawPages {
    List<String> lines(long pageId);

    default String line(Line l) {
        List<String> lines = lines(l.pageId());
        return l.number() >= 1 && l.number() <= lines.size() ? lines.get(l.number() - 1) : "";
    }

    default boolean blank(Line l) {
        return line(l).isBlank();
    }
}
