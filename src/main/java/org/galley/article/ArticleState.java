package org.galley.article;

/** Where an article stands in the editorial workflow. */
public enum ArticleState {
    DRAFT, CORRECTED, APPROVED, REJECTED, EXCLUDED
}
