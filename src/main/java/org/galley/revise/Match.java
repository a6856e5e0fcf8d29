package org.galley.revise;

/**
 * One occurrence found, with what a person needs to judge it: the article (its headline and page), the field,
 * and the text around it. {@code articleId, revision, field, index, start} identify it when applying.
 */
public record Match(long articleId, int revision, int pageNumber, String title, String state, String field, int index,
                    int start, int length, String before, String matched, String after) {

    public Selection selection() {
        return new Selection(articleId, revision, field, index, start);
    }

    /** A match the user keeps ticked: which article at which revision, which field, where. */
    public record Selection(long articleId, int revision, String field, int index, int start) {
    }
}
