package org.galley.segment;

import java.util.List;

/** What the segmenter proposes for one page: articles, page furniture and blocks it could not assign. */
public record Proposal(String language, List<ProposedArticle> articles, List<Furniture> furniture,
                       List<Unassigned> unassigned) {
    public Proposal {
        articles = List.copyOf(articles);
        furniture = List.copyOf(furniture);
        unassigned = List.copyOf(unassigned);
    }

    static Proposal empty(String language) {
        return new Proposal(language, List.of(), List.of(), List.of());
    }
}
