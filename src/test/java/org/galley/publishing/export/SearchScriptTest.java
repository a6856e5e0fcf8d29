package org.galley.publishing.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** The export's client-side search files: the data is there, exact, and inert; the index loads it without inline code. */
class SearchScriptTest {

    static final String HOSTILE = "<script>alert(1)</script> & </script><img src=x onerror=alert(2)> \u2028 \u2029";

    static JsonNode parse(String dataJs) throws Exception {
        assertThat(dataJs).startsWith("window.GALLEY_SEARCH = ").endsWith(";\n");
        String json = dataJs.substring("window.GALLEY_SEARCH = ".length(), dataJs.length() - 2);
        return new ObjectMapper().readTree(json);
    }

    @Test
    void theDataHoldsEveryArticleWithItsTitleLinkPageAndFullText() throws Exception {
        ExportIssue issue = SampleIssues.pinghu();
        JsonNode articles = parse(SearchScript.data(issue)).get("articles");
        List<String> names = Slugs.forIssue(issue);
        assertThat(articles).hasSize(issue.articles().size());
        for (int i = 0; i < articles.size(); i++) {
            ExportArticle a = issue.articles().get(i);
            assertThat(articles.get(i).get("title").asText()).isEqualTo(Texts.title(a.content()));
            assertThat(articles.get(i).get("href").asText()).isEqualTo("articles/" + names.get(i) + ".html");
            assertThat(articles.get(i).get("text").asText()).isEqualTo(ArticleText.render(issue, a));
        }
    }

    @Test
    void markupAndLineSeparatorsInAnArticleAreEscapedInTheDataYetComeBackExact() throws Exception {
        ExportIssue issue = SampleIssues.tribune(HOSTILE, HOSTILE);
        String data = SearchScript.data(issue);
        assertThat(data).doesNotContain("<", ">", "&", "\u2028", "\u2029");
        assertThat(data).contains("\\u003cscript\\u003e");
        JsonNode article = parse(data).get("articles").get(0);
        assertThat(article.get("title").asText()).isEqualTo(HOSTILE);
        assertThat(article.get("text").asText()).contains(HOSTILE);
    }

    @Test
    void theIndexLoadsTheDataThenTheCodeFromFilesAndHasNoInlineScriptOrArticleTextInScripts() throws Exception {
        ExportIssue issue = SampleIssues.tribune(HOSTILE, HOSTILE);
        Map<String, String> files = ExportFiles.unzip(IssueExporter.exportZip(issue));
        Document index = Jsoup.parse(files.get("index.html"));
        List<String> sources = index.select("script").eachAttr("src");
        assertThat(sources).containsExactly("search-data.js", "search.js");
        for (Element script : index.select("script")) {
            assertThat(script.data()).isEmpty();
        }
        assertThat(index.select("img")).isEmpty();
        Element form = index.getElementById("search");
        assertThat(form.hasAttr("hidden")).isTrue();
        assertThat(index.getElementById("search-query").attr("type")).isEqualTo("search");
        assertThat(index.getElementById("search-results")).isNotNull();
        assertThat(files.get("search.js")).isEqualTo(SearchScript.code());
        assertThat(files.get("search-data.js")).isEqualTo(SearchScript.data(ExportText.scrub(issue)));
    }

    @Test
    void theScriptWritesArticleTextOnlyAsTextNodes() {
        String code = SearchScript.code();
        assertThat(code).doesNotContain("innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval(");
        assertThat(code).contains("createTextNode", "textContent");
    }

    static String foldTable() {
        String code = SearchScript.code();
        int start = code.indexOf("var FOLD = \"") + "var FOLD = \"".length();
        return code.substring(start, code.indexOf('"', start));
    }

    @Test
    void theFoldTableIsExactlyTheServersFoldingOfChineseCharactersSoTheExportFindsWhatTheAppFinds() {
        String table = foldTable();
        java.util.Map<Character, Character> js = new java.util.HashMap<>();
        for (int i = 0; i < table.length(); i += 2) {
            js.put(table.charAt(i), table.charAt(i + 1));
        }
        int[][] blocks = {{0x3400, 0x4DBF}, {0x4E00, 0x9FFF}, {0xF900, 0xFAFF}};
        int changed = 0;
        for (int[] block : blocks) {
            for (int c = block[0]; c <= block[1]; c++) {
                String server = org.galley.search.SearchText.fold(String.valueOf((char) c));
                Character client = js.get((char) c);
                if (server.length() == 1 && server.charAt(0) != c) {
                    changed++;
                    assertThat(client).as("U+%04X", c).isEqualTo(server.charAt(0));
                } else {
                    assertThat(client).as("U+%04X", c).isNull();
                }
            }
        }
        assertThat(js).hasSize(changed);
    }

    @Test
    void theFoldTableMapsOneCharacterToOneSoMatchPositionsHoldInTheOriginal() {
        String table = foldTable();
        assertThat(table.length()).isEven();
        assertThat(table.codePoints().count()).isEqualTo(table.length());
        assertThat(table).contains("報报", "紙纸", "灣湾", "發发", "區区");
        java.util.Set<Character> keys = new java.util.HashSet<>();
        for (int i = 0; i < table.length(); i += 2) {
            assertThat(keys.add(table.charAt(i))).as("duplicate key %s", table.charAt(i)).isTrue();
            assertThat(table.charAt(i)).isNotEqualTo(table.charAt(i + 1));
        }
    }
}
