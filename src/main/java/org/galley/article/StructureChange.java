package org.galley.article;

import java.util.List;

/**
 * A change that touches several articles at once, applied in one transaction with one new revision per
 * article touched: new contents for existing articles, new articles, articles merged into others, and lines
 * handed to the page's furniture or leftovers. Every existing article names the revision the change was based
 * on; if any moved on, nothing is written. The lines each content names are the lines it owns afterwards.
 */
public record StructureChange(List<Edit> edits, List<NewArticle> creates, List<Retire> retires,
                              List<LineRef> toFurniture, List<LineRef> toLeftovers, String note) {

    /** New content for an existing article. */
    public record Edit(long articleId, int baseRevision, ArticleContent content) {
    }

    /** A new article on a page, placed right after {@code afterArticleId} (or at the end when null). */
    public record NewArticle(long pageId, Long afterArticleId, ArticleContent content) {
    }

    /** An article that leaves the page because its content went into {@code intoArticleId}. */
    public record Retire(long articleId, int baseRevision, long intoArticleId) {
    }

    public StructureChange {
        edits = List.copyOf(edits == null ? List.of() : edits);
        creates = List.copyOf(creates == null ? List.of() : creates);
        retires = List.copyOf(retires == null ? List.of() : retires);
        toFurniture = List.copyOf(toFurniture == null ? List.of() : toFurniture);
        toLeftovers = List.copyOf(toLeftovers == null ? List.of() : toLeftovers);
    }

    public StructureChange(List<Edit> edits, List<NewArticle> creates, List<Retire> retires, String note) {
        this(edits, creates, retires, List.of(), List.of(), note);
    }
}
