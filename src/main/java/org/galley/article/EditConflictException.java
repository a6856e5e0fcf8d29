package org.galley.article;

import org.galley.common.UserFacingException;

/**
 * Someone saved the article after the revision this edit was based on. Nothing was written; the caller gets
 * both versions (theirs, now current, and yours, unsaved) to choose or merge.
 */
public class EditConflictException extends UserFacingException {
    private final transient Revision theirs;
    private final transient ArticleContent yours;
    private final int baseRevision;

    EditConflictException(Revision theirs, ArticleContent yours, int baseRevision) {
        super(Kind.CONFLICT, "article.error.conflict", theirs.articleId(), baseRevision, theirs.number(), theirs.author());
        this.theirs = theirs;
        this.yours = yours;
        this.baseRevision = baseRevision;
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
