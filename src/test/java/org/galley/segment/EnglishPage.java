package org.galley.segment;

import java.util.List;

/** Small invented English pages for the rule tests: lines in, proposal out, one line per string. */
final class EnglishPage {
    private EnglishPage() {
    }

    static Proposal segment(String... lines) {
        return Segmenter.segmentStrict(String.join("\n", lines) + "\n", "en");
    }

    static List<String> headlines(Proposal p) {
        return p.articles().stream().map(ProposedArticle::headline).toList();
    }
}
