package org.galley.publishing.export;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.Iterator;
import java.util.Map;
import org.galley.common.text.XmlText;

/**
 * The writers' last line of defence: a publication is immutable, so a character no XML file may hold (stored
 * before input was checked, or by a path that missed it) must not make its export ill-formed forever. Every
 * string of the issue is scrubbed before any format is written. The usual, clean issue is returned as it is;
 * only a dirty one is copied, through its JSON tree, so this needs no knowledge of the content's fields.
 */
final class ExportText {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .findAndAddModules()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            // Only record components: helpers such as Byline.isEmpty() are not content.
            .disable(MapperFeature.AUTO_DETECT_IS_GETTERS)
            .build();

    private ExportText() {
    }

    static ExportIssue scrub(ExportIssue issue) {
        JsonNode tree = MAPPER.valueToTree(issue);
        if (!scrub(tree)) {
            return issue;
        }
        try {
            return MAPPER.treeToValue(tree, ExportIssue.class);
        } catch (Exception e) {
            throw new IllegalStateException("a scrubbed export issue reads back", e);
        }
    }

    /** Replaces every dirty string in the tree; whether any was. */
    private static boolean scrub(JsonNode node) {
        boolean changed = false;
        if (node instanceof ObjectNode object) {
            for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                if (field.getValue().isTextual()) {
                    String clean = XmlText.strip(field.getValue().textValue());
                    if (!clean.equals(field.getValue().textValue())) {
                        field.setValue(TextNode.valueOf(clean));
                        changed = true;
                    }
                } else {
                    changed |= scrub(field.getValue());
                }
            }
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                JsonNode item = array.get(i);
                if (item.isTextual()) {
                    String clean = XmlText.strip(item.textValue());
                    if (!clean.equals(item.textValue())) {
                        array.set(i, TextNode.valueOf(clean));
                        changed = true;
                    }
                } else {
                    changed |= scrub(item);
                }
            }
        }
        return changed;
    }
}
