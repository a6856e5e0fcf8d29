package org.galley.progress;

import java.util.Map;
import org.galley.article.ArticleLinks;
import org.springframework.stereotype.Component;

/** Unlinked jumps for progress come from the continued-articles store (jump lines no link joins yet). */
@Component
class LinkedJumpCounter implements UnlinkedJumpCounter {
    private final ArticleLinks links;

    LinkedJumpCounter(ArticleLinks links) {
        this.links = links;
    }

    @Override
    public Map<Long, Integer> unlinkedJumpsByPage(long issueId) {
        return links.unlinkedJumpCounts(issueId);
    }
}
