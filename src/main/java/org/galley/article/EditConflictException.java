package org.galley.article;

import org.galley.common.UserFacingException;

/**
 * Someone saved the article after the revision this edit was based on. Nothing was written; the caller gets
 * both versions (theirs, now current, and yours, unsaved) and the base revision both started from, to merge.
 */
public class EditConflictException extends UserFacingException {
    private final transient Revision theirs;
    private final transient ArticleContent yours;
    private final int baseRevision;
    private final transient Revision base;
    private final transient java.util.List<String> overlapping;

    EditConflictException(Revision theirs, ArticleContent yours, int baseRevision) {
        this(theirs, yours, baseRevision, null, java.util.List.of());
    }

    EditConflictException(Revision theirs, ArticleContent yours, int baseRevision, Revision base, java.util.List<String> overlapping) {
        super(Kind.CONFLICT, "article.error.conflict", theirs.articleId(), baseRevision, theirs.number(), theirs.author());
        this.theirs = theirs;
        this.yours = yours;
        this.baseRevision = baseRevision;
        this.base = base;
        this.overlapping = java.util.List.copyOf(overlapping);
    }

    /** The revision both edits started from; null when the base named does not exist (nothing to merge against). */
    public Revision base() {
        return base;
    }

    /** After a merge was tried: the ids of the changes that overlap (see ThreeWayMerge.Conflict); empty otherwise. */
    public java.util.List<String> overlapping() {
        return overlapping;
    }

    public Revision theirs() {
        return theirs;
    }

    public ArticleContent yours() {
        return yours;
    }

    public int baseRevision() {
        return baseRevision;
    }
}
