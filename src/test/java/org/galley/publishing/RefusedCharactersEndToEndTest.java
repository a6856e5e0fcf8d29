package org.galley.publishing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import org.galley.article.Article;
import org.galley.article.ArticleContent;
import org.galley.article.ArticleService;
import org.galley.common.UserFacingException;
import org.galley.common.text.RefusedCharacters;
import org.galley.common.text.XmlText;
import org.galley.importing.ImportResult;
import org.galley.importing.ImportService;
import org.galley.importing.PageFile;
import org.galley.issue.IssueService;
import org.galley.issue.NewIssue;
import org.galley.publishing.export.ExportFiles;
import org.galley.security.Role;
import org.galley.security.UserService;
import org.galley.article.Byline;
import org.galley.support.IntegrationTest;
import org.galley.support.TestData;
import org.galley.workflow.WorkflowService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Each character XML 1.0 forbids, through every text input: refused with a message at every form and API
 * field (titles, fields, notes, names), removed and counted at import; and every export of what was imported
 * stays well formed (NITF valid against the official schema).
 */
@IntegrationTest
class RefusedCharactersEndToEndTest {

    @Autowired
    ArticleService articles;
    @Autowired
    WorkflowService workflow;
    @Autowired
    IssueService issues;
    @Autowired
    UserService users;
    @Autowired
    ImportService importer;
    @Autowired
    PublishingService publishing;
    @Autowired
    TestData data;

    static ArticleContent clean() {
        return ArticleContent.of("news", "Kicker", "Headline", "Sub", new Byline(List.of("Ann"), List.of("Bo"), List.of("Cy")),
                "Dateline", List.of("First.", "Second."), "Caption", false, List.of());
    }

    /** The clean content with one field changed. */
    static Map<String, Function<String, ArticleContent>> contentFields() {
        ArticleContent c = clean();
        Map<String, Function<String, ArticleContent>> m = new LinkedHashMap<>();
        m.put("kicker", s -> ArticleContent.of(c.kind(), s, c.headline(), c.subheadline(), c.byline(), c.dateline(), c.paragraphs(), c.caption(), false, c.lines()));
        m.put("headline", s -> ArticleContent.of(c.kind(), c.kicker(), s, c.subheadline(), c.byline(), c.dateline(), c.paragraphs(), c.caption(), false, c.lines()));
        m.put("subheadline", s -> ArticleContent.of(c.kind(), c.kicker(), c.headline(), s, c.byline(), c.dateline(), c.paragraphs(), c.caption(), false, c.lines()));
        m.put("reporter", s -> ArticleContent.of(c.kind(), c.kicker(), c.headline(), c.subheadline(), new Byline(List.of(s), List.of(), List.of()), c.dateline(), c.paragraphs(), c.caption(), false, c.lines()));
        m.put("correspondent", s -> ArticleContent.of(c.kind(), c.kicker(), c.headline(), c.subheadline(), new Byline(List.of(), List.of(s), List.of()), c.dateline(), c.paragraphs(), c.caption(), false, c.lines()));
        m.put("photographer", s -> ArticleContent.of(c.kind(), c.kicker(), c.headline(), c.subheadline(), new Byline(List.of(), List.of(), List.of(s)), c.dateline(), c.paragraphs(), c.caption(), false, c.lines()));
        m.put("dateline", s -> ArticleContent.of(c.kind(), c.kicker(), c.headline(), c.subheadline(), c.byline(), s, c.paragraphs(), c.caption(), false, c.lines()));
        m.put("paragraph", s -> ArticleContent.of(c.kind(), c.kicker(), c.headline(), c.subheadline(), c.byline(), c.dateline(), List.of("First.", s), c.caption(), false, c.lines()));
        m.put("caption", s -> ArticleContent.of(c.kind(), c.kicker(), c.headline(), c.subheadline(), c.byline(), c.dateline(), c.paragraphs(), s, false, c.lines()));
        return m;
    }

    static void refused(String what, Runnable input) {
        assertThatThrownBy(input::run).as(what).isInstanceOf(UserFacingException.class)
                .satisfies(e -> assertThat(((UserFacingException) e).key()).as(what).isEqualTo("input.error.character"));
    }

    @Test
    void everyTextInputRefusesEachCharacterWithAMessageAndChangesNothing() {
        long id = data.issueWithArticles(clean()).articleIds().get(0);
        TestData.asUser("chars-admin", "ROLE_ADMIN", () -> {
            for (String c : RefusedCharacters.ALL) {
                String name = RefusedCharacters.name(c);
                String text = "Bad " + c + " text";
                contentFields().forEach((field, content) ->
                        refused(name + " in the " + field, () -> articles.save(id, 1, content.apply(text), null)));
                refused(name + " in a save's note", () -> articles.save(id, 1, contentFields().get("headline").apply("New"), text));
                refused(name + " in a rejection note", () -> workflow.reject(id, text));
                refused(name + " in an exclusion note", () -> workflow.exclude(id, text));
                LocalDate date = LocalDate.of(1950, 1, 1);
                refused(name + " in a newspaper title", () -> issues.create(new NewIssue(text + UUID.randomUUID(), date, "", null, "en")));
                refused(name + " in an edition", () -> issues.create(new NewIssue("Chars " + UUID.randomUUID(), date, text, null, "en")));
                refused(name + " in an issue number", () -> issues.create(new NewIssue("Chars " + UUID.randomUUID(), date, "", text, "en")));
                String user = "chars" + UUID.randomUUID().toString().substring(0, 8);
                refused(name + " in a display name", () -> users.create(user, text, "a-long-password-1", Role.CORRECTOR));
                assertThat(users.list()).noneMatch(u -> u.username().equals(user));
            }
            Article after = articles.get(id);
            assertThat(after.revision()).isEqualTo(1);
            assertThat(after.content()).isEqualTo(clean());
            return null;
        });
    }

    @Test
    void importRemovesEachCharacterCountsItAndEveryExportOfThePageIsWellFormed() throws Exception {
        String seed = new String(TestData.seedPage(), StandardCharsets.UTF_8);
        // One of each character inside the page's lines: in titles, bylines and paragraphs alike.
        List<String> lines = new ArrayList<>(seed.lines().toList());
        int step = lines.size() / (RefusedCharacters.IMPORTABLE.size() + 1);
        for (int i = 0; i < RefusedCharacters.IMPORTABLE.size(); i++) {
            int at = (i + 1) * step;
            String line = lines.get(at);
            lines.set(at, line.substring(0, line.length() / 2) + RefusedCharacters.IMPORTABLE.get(i) + line.substring(line.length() / 2));
        }
        byte[] page = String.join("\n", lines).getBytes(StandardCharsets.UTF_8);

        TestData.asUser("chars-editor", "ROLE_EDITOR", () -> {
            ImportResult result = importer.importIssue(new NewIssue("Chars import " + UUID.randomUUID(), LocalDate.of(2023, 3, 1), "", "7", "zh"),
                    List.of(new PageFile("dirty.txt", page)), null);
            assertThat(result.removedCharacters()).isEqualTo(RefusedCharacters.IMPORTABLE.size());
            assertThat(XmlText.clean(issues.pages(result.issueId()).get(0).rawText())).isTrue();
            data.approveAllAndPublish(result.issueId());
            Map<String, String> files = ExportFiles.unzip(publishing.export(result.issueId(), null).zip());
            Schema schema = ExportFiles.nitfSchema();
            assertThat(files.keySet()).anyMatch(n -> n.endsWith(".nitf.xml"));
            for (Map.Entry<String, String> f : files.entrySet()) {
                RefusedCharacters.assertExportable(f.getKey(), f.getValue());
                if (f.getKey().endsWith(".nitf.xml")) {
                    schema.newValidator().validate(new StreamSource(new StringReader(f.getValue())));
                }
            }
            return null;
        });
    }
}
