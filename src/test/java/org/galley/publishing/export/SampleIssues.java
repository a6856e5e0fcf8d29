package org.galley.publishing.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.galley.article.ArticleContent;
import org.galley.article.Byline;

/** Issues to export in tests: the seed page's six true articles, and a small English one. */
final class SampleIssues {

    private SampleIssues() {
    }

    static List<String> strings(JsonNode node) {
        List<String> out = new ArrayList<>();
        if (node != null && node.isArray()) {
            node.forEach(n -> out.add(n.asText()));
        }
        return out;
    }

    static String text(JsonNode node) {
        return node == null || node.isNull() ? null : node.asText();
    }

    static ExportIssue pinghu() throws IOException {
        JsonNode truth;
        try (InputStream in = SampleIssues.class.getResourceAsStream("/eval/000_24a909c35df8419a.truth.json")) {
            truth = new ObjectMapper().readTree(in);
        }
        List<ExportArticle> articles = new ArrayList<>();
        int position = 0;
        for (JsonNode a : truth.get("articles")) {
            List<String> reporters = a.get("reporters").isNull() ? List.of() : strings(a.get("reporters"));
            ArticleContent c = ArticleContent.of(a.get("kind").asText(), text(a.get("kicker")), text(a.get("headline")),
                    text(a.get("subheadline")), new Byline(reporters, strings(a.get("correspondents")), strings(a.get("photographers"))),
                    text(a.get("dateline")), strings(a.get("paragraphs")), text(a.get("caption")), a.get("continued").asBoolean(), List.of());
            position++;
            articles.add(new ExportArticle(100 + position, 2, 1, "要闻", position, c, Instant.parse("2023-03-01T08:00:00Z"), "editor"));
        }
        return new ExportIssue(7, "平湖日报", "zh", LocalDate.of(2023, 3, 1), "", "1234", 1,
                Instant.parse("2023-03-01T09:30:00Z"), "editor", articles);
    }

    static ExportIssue tribune(String headline, String paragraph) {
        ArticleContent c = ArticleContent.of("news", null, headline, "Independent Towing Companies Will Lay Off 150 Craft",
                new Byline(List.of("John Smith"), List.of(), List.of()), "NEW-YORK, April 30.—", List.of(paragraph, "Second paragraph."),
                "A tug in the harbor", false, List.of());
        ExportArticle a = new ExportArticle(1, 3, 1, "Front", 1, c, Instant.parse("1903-05-01T05:00:00Z"), "editor");
        return new ExportIssue(8, "New-York Tribune", "en", LocalDate.of(1903, 5, 1), "Morning", null, 2,
                Instant.parse("2026-11-28T10:00:00Z"), "editor", List.of(a));
    }
}
