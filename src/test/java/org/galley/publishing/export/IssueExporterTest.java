package org.galley.publishing.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import org.galley.common.Hashes;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class IssueExporterTest {

    static Schema nitfSchema;

    @BeforeAll
    static void loadSchema() throws Exception {
        nitfSchema = ExportFiles.nitfSchema();
    }

    static Map<String, String> entries(byte[] zip) throws IOException {
        return ExportFiles.unzip(zip);
    }

    @Test
    void everyNitfFileIsValidAgainstTheOfficialSchema() throws Exception {
        for (ExportIssue issue : List.of(SampleIssues.pinghu(), SampleIssues.tribune("<script>alert(1)</script>", "<img src=x onerror=alert(1)>"))) {
            Map<String, String> files = entries(IssueExporter.exportZip(issue));
            List<String> nitf = files.keySet().stream().filter(n -> n.endsWith(".nitf.xml")).toList();
            assertThat(nitf).hasSize(issue.articles().size());
            for (String name : nitf) {
                nitfSchema.newValidator().validate(new StreamSource(new StringReader(files.get(name))));
            }
        }
    }

    @Test
    void theSchemaCheckRejectsANitfFileThatBreaksIt() {
        String broken = "<nitf xmlns=\"http://iptc.org/std/NITF/2006-10-18/\"><body><body.head><hedline><hl2>no hl1</hl2></hedline></body.head></body></nitf>";
        org.assertj.core.api.Assertions.assertThatThrownBy(
                () -> nitfSchema.newValidator().validate(new StreamSource(new StringReader(broken))))
                .isInstanceOf(org.xml.sax.SAXException.class);
    }

    @Test
    void theZipHoldsTheIssueTheIndexAndThreeFilesPerArticleInAFixedOrder() throws Exception {
        Map<String, String> files = entries(IssueExporter.exportZip(SampleIssues.pinghu()));
        List<String> names = new ArrayList<>(files.keySet());
        assertThat(names.subList(0, 4)).containsExactly("issue.json", "index.html", "search.js", "search-data.js");
        assertThat(names).hasSize(4 + 6 * 3);
        assertThat(names.get(4)).matches("articles/001-article-101\\.html");
        assertThat(names).allMatch(n -> n.matches("[a-z0-9./-]+"));
    }

    @Test
    void theSamePublicationExportsToTheSameBytesEveryTime() throws Exception {
        ExportIssue issue = SampleIssues.pinghu();
        byte[] first = IssueExporter.exportZip(issue);
        java.util.TimeZone saved = java.util.TimeZone.getDefault();
        try {
            java.util.TimeZone.setDefault(java.util.TimeZone.getTimeZone("Asia/Shanghai"));
            byte[] second = IssueExporter.exportZip(SampleIssues.pinghu());
            assertThat(Hashes.sha256(second)).isEqualTo(Hashes.sha256(first));
        } finally {
            java.util.TimeZone.setDefault(saved);
        }
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(first))) {
            ZipEntry e;
            while ((e = in.getNextEntry()) != null) {
                assertThat(e.getTimeLocal()).isEqualTo(LocalDateTime.of(2023, 3, 1, 9, 30));
            }
        }
    }

    @Test
    void issueJsonFollowsTheSegmenterSchemaPlusPublicationData() throws Exception {
        JsonNode json = new ObjectMapper().readTree(entries(IssueExporter.exportZip(SampleIssues.pinghu())).get("issue.json"));
        assertThat(json.at("/issue/title").asText()).isEqualTo("平湖日报");
        assertThat(json.at("/publication/version").asInt()).isEqualTo(1);
        JsonNode b = json.at("/articles/1");
        assertThat(b.get("kicker").asText()).isEqualTo("锚定“万亩千亿”新产业平台发力");
        assertThat(b.at("/byline/reporters/0").asText()).isEqualTo("杨昊玥");
        assertThat(b.at("/byline/correspondents")).hasSize(2);
        assertThat(b.get("continued").asBoolean()).isTrue();
        assertThat(b.get("revision").asInt()).isEqualTo(2);
        assertThat(b.at("/approval/approved_by").asText()).isEqualTo("editor");
        for (String field : List.of("kind", "kicker", "headline", "subheadline", "byline", "dateline", "paragraphs", "caption", "continued", "lines")) {
            assertThat(b.has(field)).as(field).isTrue();
        }
    }

    @Test
    void articlePagesParseBackWithTheirTextAndNewsArticleJsonLd() throws Exception {
        ExportIssue issue = SampleIssues.pinghu();
        Map<String, String> files = entries(IssueExporter.exportZip(issue));
        String html = files.get("articles/002-article-102.html");
        Document doc = Jsoup.parse(html);
        assertThat(doc.selectFirst("html").attr("lang")).isEqualTo("zh");
        assertThat(doc.selectFirst("h1").text()).isEqualTo("独山港全面实施“园区提标扩容”专项行动");
        assertThat(doc.select("article > p")).hasSize(issue.articles().get(1).content().paragraphs().size());
        assertThat(doc.text()).contains(issue.articles().get(1).content().paragraphs().get(2));
        JsonNode ld = new ObjectMapper().readTree(doc.selectFirst("script[type=application/ld+json]").data());
        assertThat(ld.get("@type").asText()).isEqualTo("NewsArticle");
        assertThat(ld.get("headline").asText()).isEqualTo("独山港全面实施“园区提标扩容”专项行动");
        assertThat(ld.get("author")).extracting(a -> a.get("name").asText()).contains("杨昊玥", "徐冰艳");
        assertThat(ld.get("datePublished").asText()).isEqualTo("2023-03-01");
        assertThat(ld.get("printPage").asText()).isEqualTo("1");
        assertThat(ld.get("printSection").asText()).isEqualTo("要闻");
        assertThat(ld.get("dateline").asText()).isEqualTo("本报讯");
        assertThat(ld.get("inLanguage").asText()).isEqualTo("zh");
        assertThat(ld.has("printEdition")).isTrue();

        String photo = files.get("articles/006-article-106.html");
        assertThat(Jsoup.parse(photo).selectFirst("figcaption").text()).isNotBlank();
    }

    @Test
    void theIndexLinksEveryArticlePageInTheZip() throws Exception {
        Map<String, String> files = entries(IssueExporter.exportZip(SampleIssues.pinghu()));
        Document index = Jsoup.parse(files.get("index.html"));
        List<String> links = index.select("a[href]").eachAttr("href");
        assertThat(links).hasSize(6).allMatch(files::containsKey);
        assertThat(index.select("h2").text()).contains("第1版");
    }

    @Test
    void scriptsInAnyFieldComeOutAsInertText() throws Exception {
        String script = "<script>alert(1)</script>";
        String img = "<img src=x onerror=alert(1)>";
        Map<String, String> files = entries(IssueExporter.exportZip(SampleIssues.tribune(script + "</script><script>x", img)));
        for (Map.Entry<String, String> f : files.entrySet()) {
            if (f.getKey().endsWith(".html")) {
                Document doc = Jsoup.parse(f.getValue());
                // Only JSON-LD data, or the search's own files (no inline code).
                assertThat(doc.select("script")).allMatch(s -> s.attr("type").equals("application/ld+json")
                        || (s.data().isEmpty() && List.of("search-data.js", "search.js").contains(s.attr("src"))));
                assertThat(doc.select("img, [onerror]")).isEmpty();
            }
        }
        Document article = Jsoup.parse(files.get("articles/001-script-alert-1-script-script-script-x.html"));
        assertThat(article.selectFirst("h1").text()).isEqualTo(script + "</script><script>x");
        assertThat(article.text()).contains(img);
        assertThat(article.select("script")).singleElement().satisfies(s -> assertThat(s.data()).doesNotContain("<"));
        assertThat(files.get("articles/001-script-alert-1-script-script-script-x.nitf.xml")).contains("&lt;script&gt;").doesNotContain("<script>");
        assertThat(new ObjectMapper().readTree(files.get("issue.json")).at("/articles/0/headline").asText()).startsWith(script);
    }

    @Test
    void slugsAreAsciiUniqueAndNeverEmpty() {
        assertThat(Slugs.slug("Big Harbor Tie-Up: Arbitration Accepted")).isEqualTo("big-harbor-tie-up-arbitration-accepted");
        assertThat(Slugs.slug("我市志愿服务再获嘉兴先进")).isEmpty();
        assertThat(Slugs.slug("2022年度")).isEmpty();
        assertThat(Slugs.slug("Café au lait")).isEqualTo("cafe-au-lait");
    }
}
