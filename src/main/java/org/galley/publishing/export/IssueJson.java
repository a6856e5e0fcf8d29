package org.galley.publishing.export;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.galley.article.ArticleContent;
import org.galley.article.LineRef;

/**
 * {@code issue.json}: the issue and its published articles in the segmenter's article schema (so the same
 * tools read both), plus ids, revisions, approval and publication data. Keys in a fixed order.
 */
public final class IssueJson {

    private static final ObjectMapper MAPPER = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private IssueJson() {
    }

    public static String render(ExportIssue issue) {
        Map<String, Object> root = new LinkedHashMap<>();
        Map<String, Object> meta = new LinkedHashMap<>();
        meta.put("id", issue.issueId());
        meta.put("title", issue.newspaperTitle());
        meta.put("language", issue.language());
        meta.put("date", issue.date().toString());
        meta.put("edition", issue.edition());
        meta.put("number", issue.number());
        root.put("issue", meta);
        Map<String, Object> publication = new LinkedHashMap<>();
        publication.put("version", issue.publicationVersion());
        publication.put("published_at", issue.publishedAt().toString());
        publication.put("published_by", issue.publishedBy());
        root.put("publication", publication);
        List<Map<String, Object>> articles = new ArrayList<>();
        List<String> names = Slugs.forIssue(issue);
        for (int i = 0; i < issue.articles().size(); i++) {
            articles.add(article(issue.articles().get(i), names.get(i)));
        }
        root.put("articles", articles);
        try {
            return MAPPER.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an export is always serializable", e);
        }
    }

    static Map<String, Object> article(ExportArticle a, String name) {
        ArticleContent c = a.content();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", a.articleId());
        m.put("revision", a.revision());
        m.put("page", a.pageNumber());
        m.put("pages", a.pages());
        m.put("section", a.section());
        m.put("position", a.position());
        m.put("file", "articles/" + name);
        m.put("kind", c.kind());
        m.put("kicker", c.kicker());
        m.put("headline", c.headline());
        m.put("subheadline", c.subheadline());
        Map<String, Object> byline = new LinkedHashMap<>();
        byline.put("reporters", c.byline().reporters());
        byline.put("correspondents", c.byline().correspondents());
        byline.put("photographers", c.byline().photographers());
        m.put("byline", byline);
        m.put("dateline", c.dateline());
        m.put("paragraphs", c.paragraphs());
        m.put("caption", c.caption());
        m.put("continued", c.continued());
        List<List<Integer>> lines = new ArrayList<>();
        for (LineRef s : c.lines()) {
            lines.add(List.of(s.first(), s.last()));
        }
        m.put("lines", lines);
        Map<String, Object> approval = new LinkedHashMap<>();
        approval.put("approved_by", a.approvedBy());
        approval.put("approved_at", a.approvedAt() == null ? null : a.approvedAt().toString());
        m.put("approval", approval);
        return m;
    }
}
