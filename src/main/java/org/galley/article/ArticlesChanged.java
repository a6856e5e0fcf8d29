package org.galley.article;

import java.util.Collection;
import java.util.List;

/**
 * Published (synchronously, inside the changing transaction) when articles' text, structure, state or
 * publication changed, or when every article of some issues did. Listeners such as the search index
 * keep derived data current without the article store knowing them, so packages stay free of cycles.
 */
public record ArticlesChanged(List<Long> articleIds, List<Long> issueIds) {

    public ArticlesChanged {
        articleIds = List.copyOf(articleIds);
        issueIds = List.copyOf(issueIds);
    }

    public static ArticlesChanged articles(Collection<Long> ids) {
        return new ArticlesChanged(List.copyOf(ids), List.of());
    }

    public static ArticlesChanged article(long id) {
        return new ArticlesChanged(List.of(id), List.of());
    }

    public static ArticlesChanged issue(long issueId) {
        return new ArticlesChanged(List.of(), List.of(issueId));
    }
}
