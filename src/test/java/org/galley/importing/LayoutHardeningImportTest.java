package org.galley.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.color.PDDeviceGray;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.galley.common.UserFacingException;
import org.galley.issue.IssueService;
import org.galley.issue.NewIssue;
import org.galley.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;

/** Hostile layout pages, generated here, through the real import: refused with the database unchanged, or stored clean. */
@IntegrationTest
@WithMockUser(username = "layout-hardening", roles = "CORRECTOR")
class LayoutHardeningImportTest {

    @Autowired
    ImportService importer;
    @Autowired
    IssueService issues;
    @Autowired
    JdbcClient jdbc;

    long issueId;

    @BeforeEach
    void emptyIssue() {
        issueId = issues.create(new NewIssue("Hardening " + UUID.randomUUID(), LocalDate.of(1921, 4, 5), "", null, "en")).id();
    }

    List<Integer> counts() {
        return Stream.of("page", "page_source", "page_geometry", "page_line_box", "page_image", "article", "audit_event")
                .map(t -> jdbc.sql("select count(*) from " + t).query(Integer.class).single()).toList();
    }

    void refusedUnchanged(PageFile file, String key) {
        List<Integer> before = counts();
        assertThatThrownBy(() -> importer.importPages(issueId, List.of(file), null))
                .isInstanceOfSatisfying(UserFacingException.class, e -> assertThat(e.key()).isEqualTo(key));
        assertThat(counts()).isEqualTo(before);
    }

    /** A page with a line of text and an image XObject claiming 40000×40000 grey pixels (a few bytes of data). */
    static byte[] pdfWithHugeImage() throws IOException {
        ByteArrayOutputStream deflated = new ByteArrayOutputStream();
        try (DeflaterOutputStream z = new DeflaterOutputStream(deflated, new Deflater(9))) {
            z.write(new byte[4096]);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            PDImageXObject image = new PDImageXObject(doc, new ByteArrayInputStream(deflated.toByteArray()), COSName.FLATE_DECODE,
                    40_000, 40_000, 8, PDDeviceGray.INSTANCE);
            try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 14);
                content.newLineAtOffset(72, 700);
                content.showText("Council meets on Tuesday to discuss the new bridge.");
                content.endText();
                content.drawImage(image, 72, 100, 400, 400);
            }
            doc.save(out);
        }
        return out.toByteArray();
    }

    @Test
    void aPdfWithAHugeImageIsRefusedAndChangesNothing() throws IOException {
        refusedUnchanged(new PageFile("p1.pdf", pdfWithHugeImage()), "import.error.pdfImageHuge");
    }

    @Test
    void anHocrWordAtInfinityIsRefusedAndChangesNothing() {
        String hocr = "<html xmlns=\"http://www.w3.org/1999/xhtml\"><head><title>x</title></head><body>"
                + "<div class=\"ocr_page\" title=\"bbox 0 0 100 100\"><div class=\"ocr_carea\" id=\"b1\"><p class=\"ocr_par\" id=\"p1\">"
                + "<span class=\"ocr_line\" title=\"bbox 0 0 50 20\"><span class=\"ocrx_word\" title=\"bbox 0 0 1e999 20\">Word</span>"
                + "</span></p></div></div></body></html>";
        refusedUnchanged(new PageFile("p1.hocr.html", hocr.getBytes(StandardCharsets.UTF_8)), "import.error.coordinates");
    }

    static String alto(String prolog, String content) {
        return prolog + "<alto xmlns=\"http://www.loc.gov/standards/alto/ns-v3#\"><Layout><Page WIDTH=\"1000\" HEIGHT=\"1000\"><PrintSpace>"
                + "<TextBlock ID=\"TB1\"><TextLine HPOS=\"10\" VPOS=\"10\" WIDTH=\"500\" HEIGHT=\"20\">" + content
                + "</TextLine></TextBlock></PrintSpace></Page></Layout></alto>";
    }

    @Test
    void aControlCharacterInAnXml11AltoWordIsNotStored() {
        String alto = alto("<?xml version=\"1.1\" encoding=\"UTF-8\"?>",
                "<String CONTENT=\"Mayor&#x1;s\" HPOS=\"10\" VPOS=\"10\" WIDTH=\"100\" HEIGHT=\"20\"/><SP/>"
                        + "<String CONTENT=\"office\" HPOS=\"120\" VPOS=\"10\" WIDTH=\"100\" HEIGHT=\"20\"/>");
        ImportResult result = importer.importPages(issueId, List.of(new PageFile("p1.xml", alto.getBytes(StandardCharsets.UTF_8))), null);
        String words = jdbc.sql("select words::text from page_line_box where page_id = ?").param(result.pageIds().get(0))
                .query(String.class).single();
        assertThat(words).contains("Mayors").doesNotContain("\\u0001");
    }

    /** A Helvetica whose code 1 is the glyph uni0000: the text layer then holds U+0000, as some producers' do. */
    static byte[] pdfWithNulInText() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            COSDictionary encoding = new COSDictionary();
            encoding.setItem(COSName.TYPE, COSName.ENCODING);
            encoding.setItem(COSName.BASE_ENCODING, COSName.WIN_ANSI_ENCODING);
            COSArray differences = new COSArray();
            differences.add(COSInteger.get(1));
            differences.add(COSName.getPDFName("uni0000"));
            encoding.setItem(COSName.DIFFERENCES, differences);
            COSDictionary font = new COSDictionary();
            font.setItem(COSName.TYPE, COSName.FONT);
            font.setItem(COSName.SUBTYPE, COSName.TYPE1);
            font.setItem(COSName.BASE_FONT, COSName.getPDFName("Helvetica"));
            font.setItem(COSName.ENCODING, encoding);
            PDResources resources = new PDResources();
            resources.put(COSName.getPDFName("F1"), new PDType1Font(font));
            page.setResources(resources);
            byte[] content = "BT /F1 14 Tf 72 700 Td (Council meets on Tuesday) Tj 0 -30 Td <4E6F01776865726521> Tj ET"
                    .getBytes(StandardCharsets.US_ASCII);
            page.setContents(new PDStream(doc, new ByteArrayInputStream(content)));
            doc.save(out);
        }
        return out.toByteArray();
    }

    @Test
    void aPdfWhoseTextLayerHoldsNulIsImported() throws IOException {
        byte[] pdf = pdfWithNulInText();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(doc)).as("the sample really holds U+0000").contains("\u0000");
        }
        ImportResult result = importer.importPages(issueId, List.of(new PageFile("p1.pdf", pdf)), null);
        String words = jdbc.sql("select string_agg(words::text, ' ') from page_line_box where page_id = ?")
                .param(result.pageIds().get(0)).query(String.class).single();
        assertThat(words).contains("Council").contains("Nowhere!").doesNotContain("\\u0000");
    }

    static String mets(String... hrefs) {
        StringBuilder files = new StringBuilder();
        StringBuilder pages = new StringBuilder();
        for (int k = 0; k < hrefs.length; k++) {
            files.append("<mets:file ID=\"f").append(k).append("\"><mets:FLocat LOCTYPE=\"URL\" xlink:href=\"").append(hrefs[k])
                    .append("\"/></mets:file>");
            pages.append("<mets:div TYPE=\"page\"><mets:fptr FILEID=\"f").append(k).append("\"/></mets:div>");
        }
        return "<?xml version=\"1.0\"?><mets:mets xmlns:mets=\"http://www.loc.gov/METS/\" xmlns:xlink=\"http://www.w3.org/1999/xlink\">"
                + "<mets:fileSec><mets:fileGrp>" + files + "</mets:fileGrp></mets:fileSec>"
                + "<mets:structMap TYPE=\"PHYSICAL\"><mets:div TYPE=\"issue\">" + pages + "</mets:div></mets:structMap></mets:mets>";
    }

    static String altoLine(String text) {
        return alto("", "<String CONTENT=\"" + text + "\" HPOS=\"10\" VPOS=\"10\" WIDTH=\"400\" HEIGHT=\"20\"/>");
    }

    /** As the API and the import view do it: the ZIP unpacked from a spooled file first, its pages imported after. */
    @Test
    void twoAltoFilesOfOneNameInTwoFoldersNamedByTheMetsAreTwoPages() throws IOException {
        byte[] zip = ImportBadInputTest.zip("issue/mets.xml", mets("a/alto.xml", "b/alto.xml"),
                "issue/a/alto.xml", altoLine("Harbour strike enters its third week"),
                "issue/b/alto.xml", altoLine("School board approves the new budget"));
        java.nio.file.Path spooled = java.nio.file.Files.createTempFile("hfix14-", ".zip");
        try {
            java.nio.file.Files.write(spooled, zip);
            List<PageFile> unpacked = importer.unpack("issue.zip", spooled);
            ImportResult result = importer.importPages(issueId, unpacked, null);
            assertThat(result.pages()).isEqualTo(2);
        } finally {
            java.nio.file.Files.deleteIfExists(spooled);
        }
        List<String> texts = jdbc.sql("select raw_text from page where issue_id = ? order by page_number").param(issueId)
                .query(String.class).list();
        assertThat(texts).containsExactly("Harbour strike enters its third week", "School board approves the new budget");
    }
}
