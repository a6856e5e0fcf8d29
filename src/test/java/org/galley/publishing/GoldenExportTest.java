package org.galley.publishing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import org.galley.article.Article;
import org.galley.article.ArticleContent;
import org.galley.article.ArticleService;
import org.galley.importing.ImportResult;
import org.galley.importing.ImportService;
import org.galley.importing.PageFile;
import org.galley.issue.NewIssue;
import org.galley.publishing.export.ExportFiles;
import org.galley.article.Byline;
import org.galley.support.IntegrationTest;
import org.galley.workflow.WorkflowService;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.galley.support.TestData;

/**
 * The whole road: import the seed page, correct it by the hand-made truth through the services, approve,
 * publish, export; compare issue.json with the checked-in expected file (ids and times aside), validate every
 * NITF file against the official XSD, and read every HTML page back.
 */
@IntegrationTest
@WithMockUser(username = "editor", roles = "EDITOR")
class GoldenExportTest {

    static final Path EXPECTED = Path.of("src/test/resources/publishing/golden-issue.json");

    @Autowired
    ImportService importer;
    @Autowired
    ArticleService articles;
    @Autowired
    WorkflowService workflow;
    @Autowired
    PublishingService publishing;
    @Autowired
    TestData data;

    final ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    static List<String> strings(JsonNode n) {
        List<String> out = new ArrayList<>();
        if (n != null && n.isArray()) {
            n.forEach(x -> out.add(x.asText()));
        }
        return out;
    }

    static String text(JsonNode n) {
        return n == null || n.isNull() ? null : n.asText();
    }

    @Test
    void theSeedCorrectedByTheTruthExportsToTheExpectedIssue() throws Exception {
        ImportResult imported = importer.importIssue(new NewIssue("Golden " + UUID.randomUUID(), LocalDate.of(2023, 3, 1), "", "1234", "zh"),
                List.of(new PageFile("000_24a909c35df8419a.txt", TestData.seedPage())), null);
        JsonNode truth;
        try (InputStream in = getClass().getResourceAsStream("/eval/000_24a909c35df8419a.truth.json")) {
            truth = json.readTree(in);
        }
        List<Article> proposed = articles.byIssue(imported.issueId());
        assertThat(proposed).hasSize(truth.get("articles").size());

        // Correct each proposed article to its true counterpart (matched by body text), then approve it.
        for (JsonNode t : truth.get("articles")) {
            String firstParagraph = t.get("paragraphs").size() > 0 ? t.get("paragraphs").get(0).asText() : t.get("caption").asText();
            Article match = proposed.stream()
                    .filter(a -> String.join("", a.content().paragraphs()).contains(firstParagraph.substring(0, 12))
                            || (a.content().caption() != null && a.content().caption().contains(firstParagraph.substring(0, 8))))
                    .findFirst().orElseThrow();
            List<String> reporters = t.get("reporters").isNull() ? List.of() : strings(t.get("reporters"));
            ArticleContent corrected = ArticleContent.of(t.get("kind").asText(), text(t.get("kicker")), text(t.get("headline")),
                    text(t.get("subheadline")), new Byline(reporters, strings(t.get("correspondents")), strings(t.get("photographers"))),
                    text(t.get("dateline")), strings(t.get("paragraphs")), text(t.get("caption")), t.get("continued").asBoolean(),
                    match.content().lines());
            Article saved = articles.save(match.id(), match.revision(), corrected, "corrected by the truth file");
            workflow.approve(saved.id(), saved.revision());
        }
        Publication publication = publishing.publish(imported.issueId());
        Map<String, String> files = ExportFiles.unzip(publishing.export(imported.issueId(), null).zip());

        JsonNode issueJson = normalize(json.readTree(files.get("issue.json")));
        String actual = json.writeValueAsString(issueJson) + "\n";
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/golden-issue.actual.json"), actual);
        assertThat(actual).isEqualTo(Files.readString(EXPECTED));
        assertThat(publication.articles()).hasSize(6);

        Schema schema = ExportFiles.nitfSchema();
        for (Map.Entry<String, String> f : files.entrySet()) {
            if (f.getKey().endsWith(".nitf.xml")) {
                schema.newValidator().validate(new StreamSource(new StringReader(f.getValue())));
            }
        }
        for (JsonNode a : json.readTree(files.get("issue.json")).get("articles")) {
            Document page = Jsoup.parse(files.get(a.get("file").asText() + ".html"));
            String body = page.select("article").text();
            assertThat(page.selectFirst("h1").text()).isEqualTo(a.get("headline").asText());
            for (JsonNode p : a.get("paragraphs")) {
                assertThat(body).contains(p.asText());
            }
        }
    }

    static final Path EXPECTED_LINKED = Path.of("src/test/resources/publishing/golden-linked-issue.json");

    /**
     * Two stories of page 1 continued on page 3, linked at import by their jump lines: each is one article in
     * every format, its text in reading order without the jump lines, on pages 1 and 3, listed once in the index.
     */
    @Test
    void linkedArticlesExportAsOneArticleEachOnBothPages() throws Exception {
        List<PageFile> pages = new ArrayList<>();
        for (String name : List.of("continued-p1.txt", "continued-p3.txt")) {
            try (InputStream in = getClass().getResourceAsStream("/publishing/" + name)) {
                pages.add(new PageFile(name, in.readAllBytes()));
            }
        }
        ImportResult imported = importer.importIssue(new NewIssue("Golden linked " + UUID.randomUUID(), LocalDate.of(2023, 3, 2), "", "1235", "zh"),
                pages, null);
        data.approveAllAndPublish(imported.issueId());
        Map<String, String> files = ExportFiles.unzip(publishing.export(imported.issueId(), null).zip());

        String actual = json.writeValueAsString(normalize(json.readTree(files.get("issue.json")))) + "\n";
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/golden-linked-issue.actual.json"), actual);
        assertThat(actual).isEqualTo(Files.readString(EXPECTED_LINKED));

        JsonNode issue = json.readTree(files.get("issue.json"));
        assertThat(issue.get("articles")).hasSize(2).allSatisfy(a -> assertThat(a.get("pages").toString()).isEqualTo("[1,3]"));
        String river = String.join("", strings(issue.get("articles").get(0).get("paragraphs")));
        assertThat(river.indexOf("首批十条河道")).as("reading order").isNotNegative().isLessThan(river.indexOf("工程总投资约两亿元"));
        for (Map.Entry<String, String> f : files.entrySet()) {
            assertThat(f.getValue()).as(f.getKey()).doesNotContain("下转", "上接");
        }
        assertThat(files.keySet().stream().filter(n -> n.endsWith(".html") && n.startsWith("articles/"))).hasSize(2);
        Document index = Jsoup.parse(files.get("index.html"));
        assertThat(index.select("a[href^=articles/]")).hasSize(2);
        for (JsonNode a : issue.get("articles")) {
            Document page = Jsoup.parse(files.get(a.get("file").asText() + ".html"));
            assertThat(page.select("footer").text()).contains("第1、3版");
            assertThat(files.get(a.get("file").asText() + ".txt")).contains(a.get("paragraphs").get(a.get("paragraphs").size() - 1).asText());
            ExportFiles.nitfSchema().newValidator().validate(new StreamSource(new StringReader(files.get(a.get("file").asText() + ".nitf.xml"))));
            assertThat(files.get(a.get("file").asText() + ".nitf.xml")).contains("position.sequence=\"1, 3\"");
            assertThat(files.get(a.get("file").asText() + ".txt")).contains("第1、3版");
        }
        assertThat(files.get("search-data.js")).contains("\"page\":\"第1、3版\"");
    }

    /**
     * Ids and times differ from run to run, and revision numbers and raw line spans depend on how good the
     * segmenter's proposal was; everything else must match the expected file exactly.
     */
    static JsonNode normalize(JsonNode root) {
        ((ObjectNode) root.get("issue")).put("id", 0).put("title", "Golden");
        ((ObjectNode) root.get("publication")).put("published_at", "T");
        int n = 0;
        for (JsonNode a : root.get("articles")) {
            ObjectNode o = (ObjectNode) a;
            o.put("id", ++n);
            o.put("revision", 0);
            o.putArray("lines");
            o.put("file", o.get("file").asText().replaceAll("article-\\d+$", "article-N"));
            ((ObjectNode) o.get("approval")).put("approved_at", "T");
        }
        return root;
    }
}
