package org.galley.segment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Speed work on the segmenter must not change what it proposes: the proposal JSON of every test page is compared,
 * byte for byte, with a snapshot taken before the work (src/test/resources/segment/golden). A deliberate change of
 * the rules regenerates them: run this test with {@code -Dgolden.update=true} and review the diff.
 */
class GoldenProposalTest {
    private static final Path GOLDEN = Path.of("src/test/resources/segment/golden");

    @ParameterizedTest
    @ValueSource(strings = {TestData.SEED, TestData.TRIBUNE, "tabloid-1930s-hant.txt"})
    void proposalIsByteIdenticalToTheSnapshot(String page) throws IOException {
        String json = ProposalJson.toJson(Segmenter.segmentStrict(TestData.read(page), null), page);
        String name = page.replaceAll("\\.txt$", "") + ".proposal.json";
        if (Boolean.getBoolean("golden.update")) {
            Files.createDirectories(GOLDEN);
            Files.writeString(GOLDEN.resolve(name), json, StandardCharsets.UTF_8);
        }
        assertThat(json).isEqualTo(TestData.read("golden/" + name));
    }

    /** The demo page the app ships with (article/demo-page.txt) is the seed page; both must give its snapshot. */
    @ParameterizedTest
    @ValueSource(strings = {"/article/demo-page.txt", "/importing/seed.txt"})
    void demoPageCopiesGiveTheSeedSnapshot(String resource) throws IOException {
        byte[] bytes;
        try (var in = GoldenProposalTest.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            bytes = in.readAllBytes();
        }
        String json = ProposalJson.toJson(Segmenter.segmentStrict(new String(bytes, StandardCharsets.UTF_8), null),
                TestData.SEED);
        assertThat(json).isEqualTo(TestData.read("golden/" + TestData.SEED.replace(".txt", "") + ".proposal.json"));
    }

    /**
     * A made-up but deterministic geometry, so that the layout rules run: one column, short lines set larger,
     * a new block after every blank line.
     */
    private static List<LineGeometry> geometry(String text) {
        List<LineGeometry> out = new java.util.ArrayList<>();
        double y = 0;
        int block = 0;
        for (Line l : PageText.lines(text)) {
            if (l.text.isEmpty()) {
                out.add(null);
                block++;
                y += 12;
                continue;
            }
            double size = l.text.length() < 30 ? 16 : 10;
            out.add(new LineGeometry(10, y, l.text.length() * size * 0.5, size * 1.2, size, "b" + block));
            y += size * 1.2;
        }
        return out;
    }

    /** Layout path as well, on a made-up geometry. */
    @ParameterizedTest
    @ValueSource(strings = {TestData.SEED, TestData.TRIBUNE})
    void layoutPathIsByteIdenticalToTheSnapshot(String page) throws IOException {
        String text = TestData.read(page);
        List<LineGeometry> geometry = geometry(text);
        String json = ProposalJson.toJson(Segmenter.segmentStrict(text, null, geometry), page);
        String name = page.replaceAll("\\.txt$", "") + ".layout.proposal.json";
        if (Boolean.getBoolean("golden.update")) {
            Files.createDirectories(GOLDEN);
            Files.writeString(GOLDEN.resolve(name), json, StandardCharsets.UTF_8);
        }
        assertThat(json).isEqualTo(TestData.read("golden/" + name));
    }
}
