package org.galley.segment;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Test files under src/test/resources/segment (copies, so tests do not depend on ../shared). */
final class TestData {
    static final String SEED = "000_24a909c35df8419a.txt";
    static final String SEED_TRUTH = "000_24a909c35df8419a.truth.json";
    static final String TRIBUNE = "new-york-tribune-1903-05-01-p1.ocr.txt";
    static final String TRIBUNE_TRUTH = "new-york-tribune-1903-05-01-p1.truth.json";

    private TestData() {
    }

    static String read(String name) {
        try (InputStream in = TestData.class.getResourceAsStream("/segment/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource segment/" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Scorer.Score score(String page, String truth) throws IOException {
        Proposal p = Segmenter.segment(read(page), null);
        return Scorer.score(read(truth), ProposalJson.toJson(p, page));
    }
}
