package org.galley.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import org.galley.segment.LineGeometry;
import org.galley.segment.ProposalJson;
import org.galley.segment.Segmenter;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/**
 * The Topaz Times converter (iArchives word boxes to ALTO 4.4 and truth), and, when {@code ../shared} is present, the
 * issue 14 measurement: each page segmented with its layout and flattened to text, written for the scorer:
 *
 * <pre>
 * ./mvnw -o -B -q test -Dtest=TopazTimesTest
 * python3 ../shared/eval/score_dir.py ../shared/eval/score.py target/topaz/truth target/topaz/layout layout 0 0 1
 * python3 ../shared/eval/score_dir.py ../shared/eval/score.py target/topaz/truth target/topaz/text text 0 0 1
 * </pre>
 */
class TopazTimesTest {
    /** ../shared beside the clone, or two levels up from a worktree under a folder of worktrees. */
    private static final Path SHARED = Files.isDirectory(Path.of("../shared")) ? Path.of("../shared")
            : Path.of("../../shared");
    private static final Path ISSUE = SHARED.resolve("dev/layout/topaz-times-1944-12-13");
    private static final Path ALTO_XSD = SHARED.resolve("schemas/alto/alto-4-4.xsd");
    private static final String ALTO_NS = "http://www.loc.gov/standards/alto/ns-v4#";

    @Test
    void ocrAlternativesAreDroppedAndWordsFormLinesAndBlocks() {
        List<TopazTimes.Word> words = List.of(
                new TopazTimes.Word("R", 10, 10, 20, 30, 0),
                new TopazTimes.Word("real", 10, 10, 60, 30, 1),
                new TopazTimes.Word("e", 22, 15, 30, 30, 2),
                new TopazTimes.Word("estate", 70, 10, 140, 30, 3),
                new TopazTimes.Word("sold", 10, 40, 50, 60, 4),
                new TopazTimes.Word("today", 60, 40, 120, 60, 5),
                // the next column: beside the lines above
                new TopazTimes.Word("other", 400, 10, 460, 30, 6),
                new TopazTimes.Word("news", 470, 10, 520, 30, 7));
        List<TopazTimes.Word> kept = TopazTimes.dedupe(words);
        assertThat(kept).extracting(TopazTimes.Word::text)
                .containsExactly("real", "estate", "sold", "today", "other", "news");
        List<TopazTimes.Block> blocks = TopazTimes.layout(kept);
        assertThat(blocks).hasSize(2);
        assertThat(blocks.get(0).lines()).extracting(TopazTimes.TextLine::text)
                .containsExactly("real estate", "sold today");
        assertThat(blocks.get(1).lines()).extracting(TopazTimes.TextLine::text).containsExactly("other news");
    }

    @Test
    void altoOfAPageReadsBackAsTheSameLinesWithTheirGeometry() throws Exception {
        List<TopazTimes.Block> blocks = TopazTimes.layout(List.of(
                new TopazTimes.Word("fire", 10, 10, 60, 50, 0),
                // more than the headline's height below it: a new block
                new TopazTimes.Word("the", 10, 100, 40, 115, 1),
                new TopazTimes.Word("barn", 50, 100, 90, 115, 2)));
        Page page = read(TopazTimes.alto("P1", "p1.tif", blocks));
        assertThat(page.text()).isEqualTo("fire\n\nthe barn\n");
        assertThat(page.geometry().get(0).fontSize()).isEqualTo(40.0);
        assertThat(page.geometry().get(1)).isNull();
        assertThat(page.geometry().get(2).block()).isNotEqualTo(page.geometry().get(0).block());
    }

    @Test
    void measureTheIssueWithAndWithoutLayout() throws Exception {
        assumeTrue(Files.isDirectory(ISSUE), "../shared/dev/layout/topaz-times-1944-12-13 is not here");
        Path out = Path.of("target/topaz");
        for (String d : List.of("alto", "truth", "layout", "text")) {
            Files.createDirectories(out.resolve(d));
        }
        var schema = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI).newSchema(ALTO_XSD.toFile());
        Map<String, List<TopazTimes.TruthArticle>> truth = TopazTimes.truth(ISSUE);
        List<Path> pages;
        try (var s = Files.list(ISSUE.resolve("pages"))) {
            pages = s.filter(p -> p.toString().endsWith(".xml")).sorted().toList();
        }
        assertThat(pages).hasSize(4);
        for (Path p : pages) {
            String name = p.getFileName().toString().replace(".xml", "");
            Document doc = TopazTimes.parse(p);
            List<TopazTimes.Block> blocks = TopazTimes.layout(TopazTimes.dedupe(
                    TopazTimes.words(doc.getDocumentElement())));
            String alto = TopazTimes.alto(name, name + ".tif", blocks);
            schema.newValidator().validate(new StreamSource(new StringReader(alto)));
            Files.writeString(out.resolve("alto/" + name + ".xml"), alto);
            Files.writeString(out.resolve("truth/" + name + ".truth.json"),
                    TopazTimes.truthJson(name + ".txt", truth.getOrDefault(name, List.of())));
            Page page = read(alto);
            Files.writeString(out.resolve("layout/" + name + ".json"),
                    ProposalJson.toJson(Segmenter.segmentStrict(page.text(), "en", page.geometry()), name + ".txt"));
            Files.writeString(out.resolve("text/" + name + ".json"),
                    ProposalJson.toJson(Segmenter.segmentStrict(page.text(), "en"), name + ".txt"));
            Files.writeString(out.resolve("text/" + name + ".txt"), page.text());
        }
        assertThat(truth.values().stream().mapToInt(List::size).sum()).isGreaterThan(20);
    }

    /** A page's text (a blank line between blocks) and one geometry per raw line. */
    record Page(String text, List<LineGeometry> geometry) {
    }

    /** Reads ALTO 4 lines: text, box, the size of the line's style, and its block. */
    static Page read(String alto) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        Document doc = f.newDocumentBuilder().parse(new InputSource(new StringReader(alto)));
        java.util.Map<String, Double> sizes = new java.util.HashMap<>();
        NodeList styles = doc.getElementsByTagNameNS(ALTO_NS, "TextStyle");
        for (int i = 0; i < styles.getLength(); i++) {
            Element s = (Element) styles.item(i);
            sizes.put(s.getAttribute("ID"), Double.parseDouble(s.getAttribute("FONTSIZE")));
        }
        StringBuilder text = new StringBuilder();
        List<LineGeometry> geometry = new ArrayList<>();
        NodeList blocks = doc.getElementsByTagNameNS(ALTO_NS, "TextBlock");
        for (int b = 0; b < blocks.getLength(); b++) {
            Element block = (Element) blocks.item(b);
            if (b > 0) {
                text.append('\n');
                geometry.add(null);
            }
            NodeList lines = block.getElementsByTagNameNS(ALTO_NS, "TextLine");
            for (int i = 0; i < lines.getLength(); i++) {
                Element line = (Element) lines.item(i);
                NodeList strings = line.getElementsByTagNameNS(ALTO_NS, "String");
                List<String> words = new ArrayList<>();
                for (int k = 0; k < strings.getLength(); k++) {
                    words.add(((Element) strings.item(k)).getAttribute("CONTENT"));
                }
                text.append(String.join(" ", words)).append('\n');
                geometry.add(new LineGeometry(d(line, "HPOS"), d(line, "VPOS"), d(line, "WIDTH"), d(line, "HEIGHT"),
                        sizes.getOrDefault(line.getAttribute("STYLEREFS"), 0.0), block.getAttribute("ID")));
            }
        }
        return new Page(text.toString(), geometry);
    }

    private static double d(Element e, String attr) {
        return Double.parseDouble(e.getAttribute(attr));
    }
}
