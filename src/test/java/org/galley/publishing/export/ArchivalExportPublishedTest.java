package org.galley.publishing.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.galley.article.Article;
import org.galley.article.ArticleService;
import org.galley.importing.ImportResult;
import org.galley.importing.ImportService;
import org.galley.importing.PageFile;
import org.galley.issue.NewIssue;
import org.galley.layout.LineBox;
import org.galley.layout.WordBox;
import org.galley.publishing.PublishingService;
import org.galley.support.IntegrationTest;
import org.galley.support.ScanFixture;
import org.galley.workflow.WorkflowService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.galley.support.TestData;

/**
 * Publishing a page imported with layout, after a correction: the export's ALTO is valid and puts the corrected
 * word where the word it replaced was printed, unchanged words where they were; METS is valid. Prints the export's
 * size with METS/ALTO/TEI for the demo issue and for the layout page.
 */
@IntegrationTest
@WithMockUser(username = "archivist", roles = "EDITOR")
class ArchivalExportPublishedTest {

    @Autowired
    ScanFixture scans;
    @Autowired
    ArticleService articles;
    @Autowired
    WorkflowService workflow;
    @Autowired
    PublishingService publishing;
    @Autowired
    ImportService importer;
    @Autowired
    TestData data;

    @Test
    void aCorrectedLayoutPageExportsValidAltoWithTheCorrectedWordInTheReplacedWordsBox() throws Exception {
        ScanFixture.Page page = scans.create(1, false);
        List<Article> onPage = articles.byPage(page.pageId());
        Article miners = onPage.stream().filter(a -> String.join(" ", a.content().paragraphs()).contains("stoppage")).findFirst().orElseThrow();
        for (Article a : onPage) {
            Article saved = a == miners ? articles.save(a.id(), a.revision(), a.content().withBody(a.content().body().stream()
                    .map(p -> p.withText(p.text().replace("stoppage", "strike"))).toList()), "correction") : a;
            workflow.approve(saved.id(), saved.revision());
        }
        publishing.publish(page.issueId());
        byte[] zip = publishing.export(page.issueId(), null).zip();
        Map<String, String> files = ExportFiles.unzip(zip);
        ArchivalSchemas.validate(ArchivalSchemas.mets(), files.get("mets.xml"));
        ArchivalSchemas.validate(ArchivalSchemas.alto(), files.get("alto/0001.xml"));

        Document alto = ArchivalExportTest.parse(files.get("alto/0001.xml"));
        int line = page.lines().indexOf(page.lines().stream().filter(l -> l.contains("stoppage")).findFirst().orElseThrow()) + 1;
        LineBox stored = page.box(line);
        WordBox stoppage = stored.words().stream().filter(w -> w.text().equals("stoppage")).findFirst().orElseThrow();
        WordBox silver = page.box(line).words().get(0);
        Element strike = ArchivalExportTest.string(alto, "strike");
        assertThat(Double.parseDouble(strike.getAttribute("HPOS"))).isEqualTo(stoppage.x());
        assertThat(Double.parseDouble(strike.getAttribute("WIDTH"))).isEqualTo(stoppage.width());
        Element first = ArchivalExportTest.string(alto, silver.text());
        assertThat(Double.parseDouble(first.getAttribute("HPOS"))).isEqualTo(silver.x());
        assertThat(Double.parseDouble(first.getAttribute("VPOS"))).isEqualTo(silver.y());
        report("Layout page (" + page.boxes().size() + " lines)", zip);
    }

    @Test
    void theDemoIssueExportsMetsAltoAndTei() throws Exception {
        ImportResult imported = importer.importIssue(new NewIssue("Demo size " + UUID.randomUUID(), LocalDate.of(2023, 3, 1), "", null, "zh"),
                List.of(new PageFile("p1.txt", TestData.seedPage())), null);
        data.approveAllAndPublish(imported.issueId());
        byte[] zip = publishing.export(imported.issueId(), null).zip();
        Map<String, String> files = ExportFiles.unzip(zip);
        ArchivalSchemas.validate(ArchivalSchemas.mets(), files.get("mets.xml"));
        ArchivalSchemas.validate(ArchivalSchemas.alto(), files.get("alto/0001.xml"));
        assertThat(files.get("alto/0001.xml")).doesNotContain("HPOS=");
        report("Demo issue (seed page, plain text)", zip);
    }

    /** Prints the ZIP's size and the archival formats' share (compressed and uncompressed). */
    static void report(String what, byte[] zip) throws Exception {
        Path file = Files.createTempFile("galley-export", ".zip");
        Files.write(file, zip);
        long archivalCompressed = 0;
        long archivalRaw = 0;
        long allRaw = 0;
        try (ZipFile z = new ZipFile(file.toFile())) {
            for (ZipEntry e : java.util.Collections.list(z.entries())) {
                allRaw += e.getSize();
                if (e.getName().equals("mets.xml") || e.getName().equals("tei.xml") || e.getName().startsWith("alto/")) {
                    archivalCompressed += e.getCompressedSize();
                    archivalRaw += e.getSize();
                }
            }
        }
        Files.delete(file);
        String line = what + ": export ZIP " + zip.length + " bytes (" + allRaw + " uncompressed), of which METS+ALTO+TEI "
                + archivalCompressed + " compressed / " + archivalRaw + " uncompressed";
        System.out.println(line);
        Files.createDirectories(Path.of("target", "screenshots"));
        Files.writeString(Path.of("target", "screenshots", "export-size.txt"), line + "\n",
                java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
    }
}
