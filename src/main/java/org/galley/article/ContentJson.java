package org.galley.article;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

/** Revision content as stored in the jsonb column. Field names follow the segmenter's JSON schema. */
public final class ContentJson {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            // Only record components: helpers such as Byline.isEmpty() are not content.
            .disable(com.fasterxml.jackson.databind.MapperFeature.AUTO_DETECT_IS_GETTERS)
            .build();

    private ContentJson() {
    }

    static String write(ArticleContent content) {
        try {
            return MAPPER.writeValueAsString(content);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("article content is always serializable", e);
        }
    }

    public static ArticleContent read(String json) {
        try {
            return MAPPER.readValue(json, ArticleContent.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored article content is unreadable", e);
        }
    }
}
