package org.galley.importing.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.galley.common.UserFacingException;
import org.galley.layout.LineBox;
import org.junit.jupiter.api.Test;

/**
 * The readers on one real sample per format (copied from ../shared/dev/layout), with expectations checked by
 * hand against the files' coordinates: line boxes, font sizes, reading order; and the hostile files refused.
 */
class LayoutReadersTest {

    static byte[] resource(String name) {
        try (InputStream in = LayoutReadersTest.class.getResourceAsStream("/layout/" + name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ReadPage one(String name) {
        List<ReadPage> pages = LayoutReaders.read(name, resource(name));
        assertThat(pages).hasSize(1);
        return pages.get(0);
    }

    static LineBox line(ReadPage page, String text) {
        String[] lines = page.text().split("\n", -1);
        for (LineBox b : page.lines()) {
            if (lines[b.line() - 1].equals(text)) {
                return b;
            }
        }
        throw new AssertionError("no line " + text);
    }

    static int index(ReadPage page, String text) {
        return line(page, text).line();
    }

    @Test
    void altoNordsternReadsColumnByColumnWithFontSizesAndBoxesInInch1200() {
        ReadPage page = one("nordstern-0011.xml");
        assertThat(page.format()).isEqualTo(LayoutFormat.ALTO);
        assertThat(page.unit()).isEqualTo("inch1200");
        assertThat(page.width()).isEqualTo(17175);
        assertThat(page.height()).isEqualTo(24306);
        // TB49 "Telegraph." heads the second column in 32 pt; the body under it is 8 pt.
        LineBox headline = line(page, "Telegraph.");
        assertThat(headline.x()).isEqualTo(3878);
        assertThat(headline.y()).isEqualTo(4123);
        assertThat(headline.fontSize()).isEqualTo(32.0);
        assertThat(headline.blockId()).isEqualTo("TB49");
        LineBox body = line(page, "Fürst Bismarck's Annäherung an die");
        assertThat(body.fontSize()).isEqualTo(8.0);
        assertThat(headline.fontSize()).isGreaterThan(body.fontSize());
        // Column one (x 1070-3650: the masthead box, down to "Letter Box 407" at the foot) is read before
        // column two, which starts with its headline, then "Ausland.", "Politisches.", the first article.
        assertThat(index(page, "Der Nordstern,")).isLessThan(index(page, "Letter Box 407"));
        assertThat(index(page, "Letter Box 407")).isLessThan(index(page, "Telegraph."));
        assertThat(index(page, "Telegraph.")).isLessThan(index(page, "Ausland."));
        assertThat(index(page, "Ausland.")).isLessThan(index(page, "Politisches."));
        assertThat(index(page, "Politisches.")).isLessThan(index(page, "Fürst Bismarck's Annäherung an die"));
        // A block's lines are together, and a blank line separates blocks.
        String[] raw = page.text().split("\n", -1);
        assertThat(raw[index(page, "Telegraph.")]).isEmpty();
        assertThat(page.geometry()).hasSize(raw.length);
        assertThat(page.geometry().get(index(page, "Telegraph.") - 1).fontSize()).isEqualTo(32.0);
    }

    @Test
    void hocrLineBoxesAndTheHeadlineLargerThanTheBody() {
        ReadPage page = one("ocr_mono.hocr.html");
        assertThat(page.format()).isEqualTo(LayoutFormat.HOCR);
        assertThat(page.width()).isEqualTo(1261);
        assertThat(page.height()).isEqualTo(1744);
        String[] raw = page.text().split("\n");
        assertThat(raw[0]).isEqualTo("_A FEARFUL ADVENTURE.");
        LineBox first = page.lines().get(0);
        assertThat(List.of(first.x(), first.y(), first.width(), first.height())).containsExactly(155.0, 22.0, 918.0, 107.0);
        // No x_fsize here: no point size stored, but the segmenter gets x_size, comparable on the page.
        assertThat(first.fontSize()).isNull();
        assertThat(page.geometry().get(0).fontSize()).isEqualTo(111.0);
        LineBox body = line(page, "‘The Missouri. Republican, in a letter");
        assertThat(page.geometry().get(body.line() - 1).fontSize()).isEqualTo(70.0);
        assertThat(first.words()).extracting(w -> w.text()).containsExactly("_A", "FEARFUL", "ADVENTURE.");
    }

    @Test
    void pageXmlKeepsTheFilesReadingOrderAndBoundsLinePolygons() {
        ReadPage page = one("page-1870_14_0126.xml");
        assertThat(page.format()).isEqualTo(LayoutFormat.PAGE);
        assertThat(page.width()).isEqualTo(9704);
        String[] raw = page.text().split("\n");
        // ReadingOrder: r1 (page number 224), r2 (the heading), r3 (page number 225), r4 ...
        assertThat(raw[0]).isEqualTo("224");
        assertThat(raw[2]).isEqualTo("Verzeichniss");
        assertThat(raw[7]).isEqualTo("225");
        LineBox n = page.lines().get(0);
        // r1l1's polygon 2859,331 2958,331 3015,332 3015,406 2904,407 2859,407
        assertThat(List.of(n.x(), n.y(), n.width(), n.height())).containsExactly(2859.0, 331.0, 156.0, 76.0);
        assertThat(n.blockId()).isEqualTo("r1");
    }

    @Test
    void bornDigitalPdfReadsTheSidebarThenTheStoryWithPointSizes() {
        ReadPage page = LayoutReaders.read("loc-newsletter.pdf", resource("loc-newsletter.pdf")).get(0);
        assertThat(page.unit()).isEqualTo("pt");
        assertThat(page.width()).isEqualTo(612);
        assertThat(page.height()).isEqualTo(792);
        LineBox title = line(page, "Library of Congress");
        assertThat(title.fontSize()).isEqualTo(24.0);
        assertThat(title.x()).isBetween(44.0, 46.0);
        LineBox story = line(page, "Ian MacKaye and Citizen Archiving");
        assertThat(story.fontSize()).isEqualTo(19.0);
        LineBox body = line(page, "We hosted Ian MacKaye of the independent");
        assertThat(body.fontSize()).isEqualTo(7.0);
        // The left sidebar (x 52) is one column, read whole before the story's column (x 185-560).
        assertThat(index(page, "Library of Congress")).isLessThan(index(page, "Upcoming Events"));
        assertThat(index(page, "Upcoming Events")).isLessThan(index(page, "Find us on:"));
        assertThat(index(page, "Find us on:")).isLessThan(index(page, "Ian MacKaye and Citizen Archiving"));
        assertThat(index(page, "Ian MacKaye and Citizen Archiving")).isLessThan(index(page, "We hosted Ian MacKaye of the independent"));
        assertThat(index(page, "We hosted Ian MacKaye of the independent"))
                .isEqualTo(index(page, "label Dischord Records in a presentation at") - 1);
    }

    @Test
    void ndnpPdfWithAnInvisibleOcrLayerIsRead() {
        ReadPage page = one("1289.pdf");
        assertThat(page.format()).isEqualTo(LayoutFormat.PDF);
        assertThat(page.lines().size()).isGreaterThan(500);
        assertThat(page.text()).contains("Keeping Butter Fresh");
    }

    @Test
    void readingOrderPutsASpanningHeadlineBeforeTheColumnsUnderItAndReadsColumnsWhole() {
        SourceBlock headline = block("H", 0, 0, 200, 20);
        SourceBlock left1 = block("L1", 0, 30, 95, 50);
        SourceBlock left2 = block("L2", 0, 90, 95, 50);
        SourceBlock right1 = block("R1", 105, 30, 95, 50);
        SourceBlock right2 = block("R2", 105, 90, 95, 50);
        SourceBlock side = block("S", 210, 0, 60, 140);
        SourceBlock footer = block("F", 0, 150, 200, 10);
        List<SourceBlock> ordered = ReadingOrder.order(List.of(right2, footer, side, left2, headline, right1, left1), 270, 160);
        assertThat(ordered).extracting(SourceBlock::id).containsExactly("H", "L1", "L2", "R1", "R2", "F", "S");
    }

    static SourceBlock block(String id, double x, double y, double w, double h) {
        return new SourceBlock(id, List.of(new SourceLine(id, x, y, w, h, null, 0, List.of())));
    }

    @Test
    void xmlExternalEntitiesAreRefusedUnread() {
        String xxe = """
                <?xml version="1.0"?>
                <!DOCTYPE alto [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
                <alto xmlns="http://www.loc.gov/standards/alto/ns-v4#"><Layout><Page WIDTH="10" HEIGHT="10"><PrintSpace>
                <TextBlock ID="b"><TextLine HPOS="0" VPOS="0" WIDTH="5" HEIGHT="1"><String CONTENT="&xxe;"/></TextLine></TextBlock>
                </PrintSpace></Page></Layout></alto>""";
        assertRefused(xxe, "import.error.xmlEntities");
    }

    @Test
    void billionLaughsIsRefusedBeforeAnyExpansion() {
        StringBuilder dtd = new StringBuilder("<!DOCTYPE alto [<!ENTITY lol0 \"lol\">");
        for (int i = 1; i < 10; i++) {
            dtd.append("<!ENTITY lol").append(i).append(" \"").append(("&lol" + (i - 1) + ";").repeat(10)).append("\">");
        }
        dtd.append("]>");
        String bomb = "<?xml version=\"1.0\"?>" + dtd + "<alto xmlns=\"http://www.loc.gov/standards/alto/ns-v2#\"><Layout>"
                + "<Page WIDTH=\"10\" HEIGHT=\"10\"><TextBlock><TextLine><String CONTENT=\"&lol9;\"/></TextLine></TextBlock></Page></Layout></alto>";
        long started = System.nanoTime();
        assertRefused(bomb, "import.error.xmlEntities");
        assertThat(System.nanoTime() - started).isLessThan(2_000_000_000L);
    }

    @Test
    void altoThatIsNotXmlOrNotAltoIsRefused() {
        byte[] alto = resource("1289.xml");
        String truncated = new String(alto, StandardCharsets.UTF_8).substring(0, alto.length / 2);
        assertRefused(truncated, "import.error.notXml");
        assertThatThrownBy(() -> LayoutReaders.read("p.xml", "<?xml version=\"1.0\"?><catalog><book/></catalog>".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(UserFacingException.class, e -> assertThat(e.key()).isEqualTo("import.error.notLayoutXml"));
        assertRefused("<alto xmlns=\"http://www.loc.gov/standards/alto/ns-v2#\"><Description/></alto>", "import.error.notFormat");
    }

    @Test
    void pdfWithoutATextLayerIsRefused() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            try (PDPageContentStream draw = new PDPageContentStream(doc, page)) {
                draw.addRect(50, 50, 200, 300); // a picture's place, no text
                draw.fill();
            }
            doc.save(out);
        }
        assertThatThrownBy(() -> LayoutReaders.read("scan.pdf", out.toByteArray()))
                .isInstanceOfSatisfying(UserFacingException.class, e -> assertThat(e.key()).isEqualTo("import.error.pdfNoText"));
    }

    static void assertRefused(String xml, String key) {
        assertThatThrownBy(() -> LayoutReaders.read("p.xml", xml.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(UserFacingException.class, e -> assertThat(e.key()).isEqualTo(key));
    }
}
