package org.galley.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.galley.common.Hashes;
import org.galley.common.UserFacingException;
import org.galley.issue.IssueService;
import org.galley.issue.NewIssue;
import org.galley.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;

/** Import with layout end to end on the real database: what lands, in which order, and what is refused unchanged. */
@IntegrationTest
@WithMockUser(username = "layout-importer", roles = "CORRECTOR")
class LayoutImportTest {

    @Autowired
    ImportService importer;
    @Autowired
    IssueService issues;
    @Autowired
    JdbcClient jdbc;

    long issueId;

    @BeforeEach
    void emptyIssue() {
        issueId = issues.create(new NewIssue("Layout " + UUID.randomUUID(), LocalDate.of(1935, 8, 2), "", null, "en")).id();
    }

    static byte[] resource(String name) {
        try (InputStream in = LayoutImportTest.class.getResourceAsStream("/layout/" + name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static PageFile file(String name) {
        return new PageFile(name, resource(name));
    }

    @Test
    void altoWithItsJpegKeepsOriginalBoxesAndImage() {
        ImportResult result = importer.importPages(issueId, List.of(file("1289.xml"), file("1289.jpg")), null);
        long page = result.pageIds().get(0);
        assertThat(jdbc.sql("select format || ' ' || sha256 from page_source where page_id = ?").param(page).query(String.class).single())
                .isEqualTo("ALTO " + Hashes.sha256(resource("1289.xml")));
        assertThat(jdbc.sql("select bytes from page_source where page_id = ?").param(page).query(byte[].class).single())
                .isEqualTo(resource("1289.xml"));
        assertThat(jdbc.sql("select unit || ' ' || width || ' ' || height from page_geometry where page_id = ?").param(page)
                .query(String.class).single()).isEqualTo("inch1200 18200 28872");
        // The first raw line is TB.0656a.1 "Page Two" at HPOS 1320, VPOS 964.
        assertThat(jdbc.sql("select raw_text from page where id = ?").param(page).query(String.class).single()).startsWith("Page Two\n");
        assertThat(jdbc.sql("select x || ',' || y || ' ' || block_id from page_line_box where page_id = ? and line = 1").param(page)
                .query(String.class).single()).isEqualTo("1320,964 TB.0656a.1");
        assertThat(jdbc.sql("select media_type || ' ' || width || 'x' || height || ' ' || origin from page_image where page_id = ?")
                .param(page).query(String.class).single()).isEqualTo("image/jpeg 570x904 UPLOADED");
    }

    @Test
    void pdfWithoutImageIsRenderedForTheScreen() {
        ImportResult result = importer.importPages(issueId, List.of(file("loc-newsletter.pdf")), null);
        assertThat(result.pages()).isEqualTo(2);
        long page = result.pageIds().get(0);
        assertThat(jdbc.sql("select origin || ' ' || media_type from page_image where page_id = ?").param(page).query(String.class).single())
                .isEqualTo("RENDERED image/jpeg");
        int height = jdbc.sql("select height from page_image where page_id = ?").param(page).query(Integer.class).single();
        assertThat(height).isCloseTo(792 * 150 / 72, org.assertj.core.api.Assertions.within(1));
        assertThat(jdbc.sql("select count(*) from page_line_box where page_id = ? and font_size = 24").param(page).query(Integer.class).single())
                .isEqualTo(2);
    }

    @Test
    void hocrWithItsTiffGetsALosslessPng() {
        ImportResult result = importer.importPages(issueId, List.of(file("ocr_mono.hocr.html"), file("ocr_mono.tiff")), null);
        long page = result.pageIds().get(0);
        assertThat(jdbc.sql("select media_type || ' ' || width || 'x' || height from page_image where page_id = ?").param(page)
                .query(String.class).single()).isEqualTo("image/png 1261x1744");
        assertThat(jdbc.sql("select format from page_source where page_id = ?").param(page).query(String.class).single()).isEqualTo("HOCR");
    }

    @Test
    void pageXmlIsImportedInItsReadingOrder() {
        ImportResult result = importer.importPages(issueId, List.of(file("page-1870_14_0126.xml")), null);
        long page = result.pageIds().get(0);
        assertThat(jdbc.sql("select raw_text from page where id = ?").param(page).query(String.class).single())
                .startsWith("224\n\nVerzeichniss\n");
        assertThat(jdbc.sql("select count(*) from page_image where page_id = ?").param(page).query(Integer.class).single()).isZero();
    }

    static byte[] zip(Object... namesAndBytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (int i = 0; i < namesAndBytes.length; i += 2) {
                zip.putNextEntry(new ZipEntry((String) namesAndBytes[i]));
                Object b = namesAndBytes[i + 1];
                zip.write(b instanceof String s ? s.getBytes(StandardCharsets.UTF_8) : (byte[]) b);
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static final byte[] JP2 = {0, 0, 0, 0x0C, 'j', 'P', ' ', ' ', 0x0D, 0x0A, (byte) 0x87, 0x0A};

    @Test
    void ndnpIssueZipWithFoldersIsOrderedByItsMets() {
        byte[] issue = zip("batch/1935080201/1935080201.xml", resource("1935080201.xml"),
                "batch/1935080201/1289.xml", resource("1289.xml"), "batch/1935080201/1289.jpg", resource("1289.jpg"),
                "batch/1935080201/1289.jp2", JP2,
                "batch/1935080201/1292.xml", resource("1292.xml"), "batch/1935080201/1292.jpg", resource("1292.jpg"));
        ImportResult result = importer.importPages(issueId, List.of(new PageFile("issue.zip", issue)), null);
        // The METS lists 1292 (printed page 1) before 1289 (page 2); the files' names would say otherwise.
        List<String> pages = jdbc.sql("select page_number || ' ' || source_name from page where issue_id = ? order by page_number")
                .param(issueId).query(String.class).list();
        assertThat(pages).containsExactly("1 batch/1935080201/1292.xml", "2 batch/1935080201/1289.xml");
        assertThat(jdbc.sql("select count(*) from page_image where page_id in (select id from page where issue_id = ?)")
                .param(issueId).query(Integer.class).single()).isEqualTo(2);
        assertThat(result.pages()).isEqualTo(2);
    }

    /** A PNG header claiming a size, with no pixels: the size is read before anything is decoded. */
    static byte[] pngClaiming(int width, int height) {
        ByteBuffer ihdr = ByteBuffer.allocate(17).put("IHDR".getBytes(StandardCharsets.US_ASCII)).putInt(width).putInt(height)
                .put((byte) 8).put((byte) 0).put((byte) 0).put((byte) 0).put((byte) 0);
        CRC32 crc = new CRC32();
        crc.update(ihdr.array());
        ByteBuffer png = ByteBuffer.allocate(8 + 4 + 17 + 4 + 12);
        png.put(new byte[]{(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A}).putInt(13).put(ihdr.array()).putInt((int) crc.getValue());
        png.putInt(0).put("IEND".getBytes(StandardCharsets.US_ASCII)).putInt(0xAE426082);
        return png.array();
    }

    static byte[] pdfWithoutText() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PDDocument doc = new PDDocument()) {
            doc.addPage(new PDPage());
            doc.save(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static Stream<Arguments> badLayoutUploads() {
        String alto = new String(resource("1289.xml"), StandardCharsets.UTF_8);
        String xxe = alto.replaceFirst("<alto ", "<!DOCTYPE alto [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><alto ")
                .replace("CONTENT=\"Page\"", "CONTENT=\"&x;\"");
        String laughs = alto.replaceFirst("<alto ", "<!DOCTYPE alto [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">"
                + "<!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\"><!ENTITY d \"&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;\">]><alto ")
                .replace("CONTENT=\"Page\"", "CONTENT=\"&d;\"");
        String metsAbove = new String(resource("1935080201.xml"), StandardCharsets.UTF_8);
        return Stream.of(
                Arguments.of("ALTO that is not XML", List.of(new PageFile("1289.xml", alto.substring(0, alto.length() / 3).getBytes(StandardCharsets.UTF_8))), "import.error.notXml"),
                Arguments.of("XML that is not ALTO", List.of(new PageFile("1289.xml", "<?xml version=\"1.0\"?><invoice><total>3</total></invoice>".getBytes(StandardCharsets.UTF_8))), "import.error.notLayoutXml"),
                Arguments.of("ALTO with an external entity", List.of(new PageFile("1289.xml", xxe.getBytes(StandardCharsets.UTF_8))), "import.error.xmlEntities"),
                Arguments.of("ALTO with billion laughs", List.of(new PageFile("1289.xml", laughs.getBytes(StandardCharsets.UTF_8))), "import.error.xmlEntities"),
                Arguments.of("a PDF without a text layer", List.of(new PageFile("scan.pdf", pdfWithoutText())), "import.error.pdfNoText"),
                Arguments.of("another page's image", List.of(file("1289.xml"), new PageFile("1289.jpg", resource("1292.jpg"))), "import.error.imageShape"),
                Arguments.of("a huge image", List.of(file("1289.xml"), new PageFile("1289.png", pngClaiming(20_000, 31_725))), "import.error.imageHuge"),
                Arguments.of("a ZIP with folders and no METS", List.of(new PageFile("i.zip", zip("pages/1289.xml", resource("1289.xml")))), "import.error.zipFolder"),
                Arguments.of("a METS ZIP with a file no METS names", List.of(new PageFile("i.zip", zip("i/mets.xml", resource("1935080201.xml"),
                        "i/1289.xml", resource("1289.xml"), "i/1292.xml", resource("1292.xml"), "i/extra/notes.txt", "hello"))), "import.error.zipFolder"),
                Arguments.of("a METS ZIP with path traversal", List.of(new PageFile("i.zip", zip("i/mets.xml", metsAbove.replace("xlink:href=\"1289.xml\"", "xlink:href=\"../1289.xml\""),
                        "i/../1289.xml", resource("1289.xml")))), "import.error.zipPath"),
                Arguments.of("a good page with a bad one", List.of(file("1289.xml"), new PageFile("1292.xml", "<alto xmlns=\"http://www.loc.gov/standards/alto/ns-v2#\"><Layout><Page/>".getBytes(StandardCharsets.UTF_8))), "import.error.notXml"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badLayoutUploads")
    void badLayoutFilesAreRefusedAndChangeNothing(String what, List<PageFile> files, String key) {
        importer.importPages(issueId, List.of(file("nordstern-0011.xml")), null);
        List<Integer> before = counts();
        assertThatThrownBy(() -> importer.importPages(issueId, files, null))
                .isInstanceOfSatisfying(UserFacingException.class, e -> assertThat(e.key()).isEqualTo(key));
        assertThat(counts()).isEqualTo(before);
    }

    List<Integer> counts() {
        return Stream.of("page", "page_source", "page_geometry", "page_line_box", "page_image", "article", "audit_event")
                .map(t -> jdbc.sql("select count(*) from " + t).query(Integer.class).single()).toList();
    }

    /** Not a bound: prints import time per page (ALTO and PDF) for the closing note; the imports must succeed. */
    @Test
    void importTimePerPage() {
        for (String name : List.of("nordstern-0011.xml", "1289.pdf")) {
            importer.importPages(issues.create(new NewIssue("Warm " + UUID.randomUUID(), LocalDate.of(1878, 1, 3), "", null, "de")).id(),
                    List.of(file(name)), null);
            int runs = 3;
            long started = System.nanoTime();
            for (int i = 0; i < runs; i++) {
                long issue = issues.create(new NewIssue("Time " + UUID.randomUUID(), LocalDate.of(1878, 1, 3), "", null, "de")).id();
                assertThat(importer.importPages(issue, List.of(file(name)), null).pages()).isEqualTo(1);
            }
            System.out.printf("layout import %s: %.0f ms per page (mean of %d)%n", name, (System.nanoTime() - started) / 1e6 / runs, runs);
        }
    }
}
