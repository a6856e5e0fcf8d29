package org.galley.article;

import java.util.List;

/**
 * A jump line no link joins yet: where it is ({@code pageNumber}, {@code line}, its raw {@code text}), which way
 * and to which page it points, the article that owns it (null when the line is not an article's) and the
 * articles it could be linked with, best first.
 */
public record UnlinkedJump(long pageId, int pageNumber, int line, String direction, Integer targetPage, String text,
                           Long articleId, String articleTitle, List<Candidate> candidates) {

    /** An article the jump could be linked with. */
    public record Candidate(long articleId, int pageNumber, String title) {
    }

    public UnlinkedJump {
        candidates = List.copyOf(candidates);
    }
}
