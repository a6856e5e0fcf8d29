package org.galley.segment;

import java.util.List;

/**
 * What the segmenter proposes for one page: articles, page furniture and blocks it could not assign.
 *
 * @param language    "zh" or "en"
 * @param languageTag BCP 47 tag of the page: "zh-Hans" (simplified), "zh-Hant" (traditional) or "en"
 * @param failure     null, or the name of the error a rule failed with (the proposal is then empty)
 */
public record Proposal(String language, List<ProposedArticle> articles, List<Furniture> furniture,
                       List<Unassigned> unassigned, String languageTag, String failure) {
    public Proposal {
        articles = List.copyOf(articles);
        furniture = List.copyOf(furniture);
        unassigned = List.copyOf(unassigned);
        if (languageTag == null) {
            languageTag = "zh".equals(language) ? "zh-Hans" : language;
        }
    }

    public Proposal(String language, List<ProposedArticle> articles, List<Furniture> furniture,
                    List<Unassigned> unassigned) {
        this(language, articles, furniture, unassigned, null, null);
    }

    static Proposal empty(String language) {
        return new Proposal(language, List.of(), List.of(), List.of());
    }

    static Proposal failed(String language, String failure) {
        return new Proposal(language, List.of(), List.of(), List.of(), null, failure);
    }

    /** Whether a rule failed on this page (logged; an editor segments it by hand). */
    public boolean hasFailed() {
        return failure != null;
    }
}
