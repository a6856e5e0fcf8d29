package org.galley.publishing.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.galley.article.ArticleContent;
import org.galley.article.Byline;
import org.galley.article.LineRef;
import org.galley.layout.LineBox;
import org.galley.layout.PageGeometry;
import org.galley.layout.WordBox;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * mets.xml, alto/NNNN.xml and tei.xml in the export: METS and ALTO valid against their schemas (offline), the
 * corrected words on their lines with their boxes, each article's METS div pointing at its own ALTO blocks,
 * a plain-text page's ALTO without coordinates, and TEI's articles with heads, bylines, paragraphs and page breaks.
 */
class ArchivalExportTest {

    static final String ALTO_NS = Alto.NS;
    static final String METS_NS = Mets.NS;

    /** Page 1 with layout (inch1200): a masthead line, article A on lines 3-5, article B on lines 7-8. */
    static final List<String> PAGE1 = List.of(
            "THE PARK RECORD",
            "",
            "MINERS RETURN TO WORK",
            "Three hundred rniners went back to the informa-",
            "tion office & the mill <today>",
            "",
            "FAIR OPENS",
            "The county fair opens Thursday");

    static LineBox box(int n, String text, double y) {
        List<WordBox> words = new ArrayList<>();
        double x = 600;
        for (String w : text.split(" ")) {
            words.add(new WordBox(w, x, y, w.length() * 120, 240));
            x += (w.length() + 1) * 120;
        }
        return new LineBox(n, 600, y, text.length() * 120, 240, 9.0, n < 6 ? "TB1" : "TB2", words);
    }

    static ExportPage page1() {
        List<LineBox> boxes = new ArrayList<>();
        for (int n = 1; n <= PAGE1.size(); n++) {
            if (!PAGE1.get(n - 1).isBlank()) {
                boxes.add(box(n, PAGE1.get(n - 1), 400 + n * 300));
            }
        }
        return new ExportPage(11, 1, PAGE1, new PageGeometry(11, "inch1200", 9000, 14000, boxes));
    }

    static ExportPage page2() {
        return new ExportPage(12, 2, List.of("LATE NEWS", "Plain text page without layout"), null);
    }

    static ExportIssue issue() {
        ArticleContent a = new ArticleContent("news", null, "Miners Return to Work", null,
                new Byline(List.of("Jane Roe"), List.of(), List.of()), null,
                List.of(org.galley.article.Paragraph.body("Three hundred miners went back to the information office & the mill <today>")),
                null, false, List.of(new LineRef(11, 3, 5)));
        ArticleContent b = ArticleContent.of("news", null, "FAIR OPENS", null, Byline.empty(), null,
                List.of("The county fair opens next Thursday"), null, false, List.of(new LineRef(11, 7, 8)));
        ArticleContent c = ArticleContent.of("news", null, "LATE NEWS", null, Byline.empty(), null,
                List.of("Plain text page without layout"), "A caption", false, List.of(new LineRef(12, 1, 2)));
        Instant at = Instant.parse("1935-08-02T12:00:00Z");
        return new ExportIssue(5, "The Park Record", "en", LocalDate.of(1935, 8, 2), "", "31", 1, at, "editor", List.of(
                new ExportArticle(101, 3, 1, null, 1, a, at, "editor"),
                new ExportArticle(102, 2, 1, null, 2, b, at, "editor"),
                new ExportArticle(103, 2, 2, null, 1, c, at, "editor")));
    }

    static Map<String, String> export() throws Exception {
        return ExportFiles.unzip(IssueExporter.exportZip(issue(), List.of(page1(), page2())));
    }

    static Document parse(String xml) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    static List<Element> all(Document d, String ns, String name) {
        NodeList list = d.getElementsByTagNameNS(ns, name);
        List<Element> out = new ArrayList<>();
        for (int i = 0; i < list.getLength(); i++) {
            out.add((Element) list.item(i));
        }
        return out;
    }

    static Element string(Document alto, String content) {
        return all(alto, ALTO_NS, "String").stream().filter(s -> s.getAttribute("CONTENT").equals(content)).findFirst().orElseThrow();
    }

    @Test
    void theZipHoldsMetsAltoPerPageAndTei() throws Exception {
        assertThat(export()).containsKeys("mets.xml", "alto/0001.xml", "alto/0002.xml", "tei.xml");
    }

    @Test
    void metsAndAltoAreValidAgainstTheirSchemas() throws Exception {
        Map<String, String> files = export();
        ArchivalSchemas.validate(ArchivalSchemas.mets(), files.get("mets.xml"));
        ArchivalSchemas.validate(ArchivalSchemas.alto(), files.get("alto/0001.xml"));
        ArchivalSchemas.validate(ArchivalSchemas.alto(), files.get("alto/0002.xml"));
    }

    @Test
    void altoHoldsTheCorrectedWordsWithTheirOriginalOrSharedBoxes() throws Exception {
        Document alto = parse(export().get("alto/0001.xml"));
        LineBox line4 = page1().geometry().lines().stream().filter(b -> b.line() == 4).findFirst().orElseThrow();
        Element hundred = string(alto, "hundred");
        assertThat(Double.parseDouble(hundred.getAttribute("HPOS"))).isEqualTo(line4.words().get(1).x());
        Element miners = string(alto, "miners");
        assertThat(Double.parseDouble(miners.getAttribute("HPOS"))).as("corrected word takes the box of 'rniners'")
                .isEqualTo(line4.words().get(2).x());
        assertThat(Double.parseDouble(miners.getAttribute("WIDTH"))).isEqualTo(line4.words().get(2).width());
        assertThat(string(alto, "informa").getAttribute("SUBS_TYPE")).isEqualTo("HypPart1");
        assertThat(string(alto, "tion").getAttribute("SUBS_CONTENT")).isEqualTo("information");
        assertThat(string(alto, "<today>")).isNotNull();
        assertThat(string(alto, "Thursday")).isNotNull();
        // The masthead belongs to no published article: it is not in the publication's text.
        assertThat(all(alto, ALTO_NS, "String")).noneMatch(s -> s.getAttribute("CONTENT").equals("PARK"));
        assertThat(all(alto, ALTO_NS, "MeasurementUnit").get(0).getTextContent()).isEqualTo("inch1200");
    }

    @Test
    void aPlainTextPageHasAltoWithoutCoordinates() throws Exception {
        Document alto = parse(export().get("alto/0002.xml"));
        assertThat(all(alto, ALTO_NS, "String")).extracting(s -> s.getAttribute("CONTENT"))
                .containsExactly("LATE", "NEWS", "Plain", "text", "page", "without", "layout", "A", "caption");
        assertThat(all(alto, ALTO_NS, "String")).allMatch(s -> !s.hasAttribute("HPOS") && !s.hasAttribute("WIDTH"));
    }

    @Test
    void eachArticleDivInMetsPointsAtItsOwnAltoBlocks() throws Exception {
        Map<String, String> files = export();
        Document mets = parse(files.get("mets.xml"));
        Document alto1 = parse(files.get("alto/0001.xml"));
        Set<String> blockIds = new HashSet<>();
        all(alto1, ALTO_NS, "TextBlock").forEach(b -> blockIds.add(b.getAttribute("ID")));
        Element divA = all(mets, METS_NS, "div").stream().filter(d -> d.getAttribute("ID").equals("LOG_ART101")).findFirst().orElseThrow();
        List<Element> areas = all(mets, METS_NS, "area").stream().filter(a -> divA.isSameNode(a.getParentNode().getParentNode().getParentNode())).toList();
        assertThat(areas).isNotEmpty().allSatisfy(a -> {
            assertThat(a.getAttribute("FILEID")).isEqualTo("ALTO0001");
            assertThat(blockIds).contains(a.getAttribute("BEGIN"));
        });
        // The block it names holds article A's words and none of B's.
        Element block = all(alto1, ALTO_NS, "TextBlock").stream().filter(b -> b.getAttribute("ID").equals(areas.get(0).getAttribute("BEGIN"))).findFirst().orElseThrow();
        assertThat(block.getElementsByTagNameNS(ALTO_NS, "String").getLength()).isGreaterThan(3);
        assertThat(block.getTextContent() + attributes(block)).contains("miners").doesNotContain("Thursday");
        assertThat(all(mets, METS_NS, "structMap")).extracting(s -> s.getAttribute("TYPE")).containsExactly("PHYSICAL", "LOGICAL");
        assertThat(all(mets, Mets.MODS, "title")).extracting(Element::getTextContent).contains("The Park Record", "Miners Return to Work");
        assertThat(all(mets, Mets.MODS, "namePart")).extracting(Element::getTextContent).contains("Jane Roe");
    }

    static String attributes(Element block) {
        StringBuilder s = new StringBuilder();
        NodeList strings = block.getElementsByTagNameNS(ALTO_NS, "String");
        for (int i = 0; i < strings.getLength(); i++) {
            s.append(' ').append(((Element) strings.item(i)).getAttribute("CONTENT"));
        }
        return s.toString();
    }

    @Test
    void teiHasOneDivPerArticleWithHeadBylineParagraphsAndPageBreaks() throws Exception {
        Document tei = parse(export().get("tei.xml"));
        String ns = Tei.NS;
        List<Element> divs = all(tei, ns, "div");
        assertThat(divs).hasSize(3).allMatch(d -> d.getAttribute("type").equals("article"));
        assertThat(divs.get(0).getElementsByTagNameNS(ns, "head").item(0).getTextContent()).isEqualTo("Miners Return to Work");
        assertThat(divs.get(0).getElementsByTagNameNS(ns, "byline").item(0).getTextContent()).contains("Jane Roe");
        assertThat(divs.get(0).getElementsByTagNameNS(ns, "p").item(0).getTextContent()).endsWith("& the mill <today>");
        assertThat(divs.get(2).getElementsByTagNameNS(ns, "figDesc").item(0).getTextContent()).isEqualTo("A caption");
        assertThat(all(tei, ns, "pb")).extracting(p -> p.getAttribute("n")).containsExactly("1", "2");
        // The page break for page 2 comes right before page 2's article.
        org.w3c.dom.Node before = divs.get(2).getPreviousSibling();
        while (before != null && !(before instanceof Element)) {
            before = before.getPreviousSibling();
        }
        assertThat(before).isInstanceOfSatisfying(Element.class, e -> assertThat(e.getLocalName()).isEqualTo("pb"));
    }
}
