package org.galley.article;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.List;

/**
 * Revision content as stored in the jsonb column, in Galley's own versioned format. Writing always uses the
 * current schema; reading knows every schema ever written. Unknown properties are refused rather than ignored,
 * so a renamed field can never silently drop data from old revisions. See docs/decisions/0006-stored-format-and-line-owners.md.
 */
public final class ContentJson {

    /** Schema 2: paragraphs {text, role}, lines {pageId, first, last}, {@code schemaVersion} present. */
    public static final int SCHEMA_VERSION = 2;

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(MapperFeature.AUTO_DETECT_IS_GETTERS)
            .build();

    // ---- schema 2 (current) ----
    record StoredV2(int schemaVersion, String kind, String kicker, String headline, String subheadline, StoredByline byline,
                    String dateline, List<StoredParagraph> paragraphs, String caption, boolean continued,
                    List<StoredLines> lines) {
    }

    record StoredByline(List<String> reporters, List<String> correspondents, List<String> photographers) {
    }

    record StoredParagraph(String text, String role) {
    }

    record StoredLines(long pageId, int first, int last) {
    }

    // ---- schema 1: revisions written before schemaVersion existed (the segmenter's records, page implicit) ----
    record StoredV1(String kind, String kicker, String headline, String subheadline, StoredByline byline,
                    String dateline, List<String> paragraphs, String caption, boolean continued, List<V1Span> lines) {
    }

    record V1Span(int first, int last) {
    }

    private ContentJson() {
    }

    public static String write(ArticleContent c) {
        StoredV2 stored = new StoredV2(SCHEMA_VERSION, c.kind(), c.kicker(), c.headline(), c.subheadline(),
                new StoredByline(c.byline().reporters(), c.byline().correspondents(), c.byline().photographers()),
                c.dateline(), c.body().stream().map(p -> new StoredParagraph(p.text(), p.role())).toList(), c.caption(),
                c.continued(), c.lines().stream().map(l -> new StoredLines(l.pageId(), l.first(), l.last())).toList());
        try {
            return MAPPER.writeValueAsString(stored);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("article content is always serializable", e);
        }
    }

    /**
     * Reads stored content of any schema. {@code pageId} is the article's page: schema 1 line ranges did not
     * name their page, and every one of them was on the article's own page.
     */
    public static ArticleContent read(String json, long pageId) {
        try {
            JsonNode tree = MAPPER.readTree(json);
            JsonNode version = tree.get("schemaVersion");
            if (version == null) {
                return fromV1(MAPPER.treeToValue(tree, StoredV1.class), pageId);
            }
            if (version.asInt() == 2) {
                return fromV2(MAPPER.treeToValue(tree, StoredV2.class));
            }
            throw new IllegalStateException("stored article content has schema " + version + ", newer than this Galley");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored article content is unreadable", e);
        }
    }

    private static ArticleContent fromV2(StoredV2 s) {
        return new ArticleContent(s.kind(), s.kicker(), s.headline(), s.subheadline(), byline(s.byline()), s.dateline(),
                s.paragraphs() == null ? List.of() : s.paragraphs().stream().map(p -> new Paragraph(p.text(), p.role())).toList(),
                s.caption(), s.continued(),
                s.lines() == null ? List.of() : s.lines().stream().map(l -> new LineRef(l.pageId(), l.first(), l.last())).toList());
    }

    private static ArticleContent fromV1(StoredV1 s, long pageId) {
        return new ArticleContent(s.kind(), s.kicker(), s.headline(), s.subheadline(), byline(s.byline()), s.dateline(),
                s.paragraphs() == null ? List.of() : s.paragraphs().stream().map(Paragraph::body).toList(),
                s.caption(), s.continued(),
                s.lines() == null ? List.of() : s.lines().stream().map(l -> new LineRef(pageId, l.first(), l.last())).toList());
    }

    private static Byline byline(StoredByline b) {
        return b == null ? Byline.empty() : new Byline(b.reporters(), b.correspondents(), b.photographers());
    }
}
