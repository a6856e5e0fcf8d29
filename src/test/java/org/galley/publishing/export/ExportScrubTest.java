package org.galley.publishing.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import javax.xml.transform.stream.StreamSource;
import org.galley.article.ArticleContent;
import org.galley.common.text.RefusedCharacters;
import org.galley.article.Byline;
import org.galley.article.LineRef;
import org.junit.jupiter.api.Test;

/**
 * A revision stored before input was checked may hold characters XML 1.0 forbids; publications are immutable,
 * so the writers must never put them into a file, raw or as a character reference.
 */
class ExportScrubTest {

    static ExportIssue dirty(String c) {
        ArticleContent content = ArticleContent.of("news", "Kicker" + c, "Head" + c + "line", "Sub" + c,
                new Byline(List.of("Ann" + c), List.of("Bo" + c), List.of("Cy" + c)), "Date" + c + "line",
                List.of("First" + c + " paragraph.", c + "Second."), "Cap" + c + "tion", false, List.of(new LineRef(1L, 1, 2)));
        ExportArticle a = new ExportArticle(1, 3, 1, "Front" + c, 1, content, Instant.parse("1903-05-01T05:00:00Z"), "editor");
        return new ExportIssue(8, "Tribune" + c, "en", LocalDate.of(1903, 5, 1), "Morning" + c, "12" + c, 2,
                Instant.parse("2026-11-28T10:00:00Z"), "editor", List.of(a));
    }

    @Test
    void noExportedFileHoldsACharacterXmlForbidsAndEveryNitfFileIsValid() throws Exception {
        var schema = ExportFiles.nitfSchema();
        for (String c : RefusedCharacters.ALL) {
            Map<String, String> files = ExportFiles.unzip(IssueExporter.exportZip(dirty(c)));
            assertThat(files).hasSize(4 + 3); // issue.json, index.html, search.js, search-data.js, 3 per article
            for (Map.Entry<String, String> f : files.entrySet()) {
                RefusedCharacters.assertExportable(RefusedCharacters.name(c) + " " + f.getKey(), f.getValue());
                if (f.getKey().endsWith(".nitf.xml")) {
                    schema.newValidator().validate(new StreamSource(new StringReader(f.getValue())));
                }
            }
            String nitf = files.entrySet().stream().filter(f -> f.getKey().endsWith(".nitf.xml")).findFirst().orElseThrow().getValue();
            assertThat(nitf).contains("Headline", "First paragraph.", "Caption", "Tribune");
        }
    }

    @Test
    void aCleanIssueExportsExactlyAsBefore() throws Exception {
        ExportIssue clean = SampleIssues.pinghu();
        assertThat(ExportText.scrub(clean)).isSameAs(clean);
    }
}
