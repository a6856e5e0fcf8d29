package org.galley.article;

/** Who owns one raw line: an article (its id), the page's furniture, or its leftovers. */
public record LineOwner(long pageId, int line, Kind kind, Long articleId) {

    public enum Kind { ARTICLE, FURNITURE, LEFTOVER }
}
