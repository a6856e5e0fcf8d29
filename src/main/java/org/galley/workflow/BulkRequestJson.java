package org.galley.workflow;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.galley.common.UserFacingException;

/**
 * Reads the body of a bulk approval, {@code [{"id": 1, "revision": 3}, …]}, refusing anything else with a
 * message that says which item is wrong and how: not a list, too long, an item that is not an object, a
 * missing or non-integer id or revision, an unknown field.
 */
final class BulkRequestJson {

    private BulkRequestJson() {
    }

    static List<BulkApproval.Request> read(JsonNode body) {
        if (body == null || !body.isArray()) {
            throw new UserFacingException("workflow.error.bulkNotList");
        }
        if (body.size() > BulkApproval.MAX) {
            throw UserFacingException.tooLarge("workflow.error.bulkTooMany", body.size(), BulkApproval.MAX);
        }
        List<BulkApproval.Request> out = new ArrayList<>();
        for (int i = 0; i < body.size(); i++) {
            JsonNode item = body.get(i);
            int position = i + 1;
            if (!item.isObject()) {
                throw new UserFacingException("workflow.error.bulkItem", position);
            }
            for (Iterator<String> names = item.fieldNames(); names.hasNext(); ) {
                String name = names.next();
                if (!name.equals("id") && !name.equals("revision")) {
                    throw new UserFacingException("workflow.error.bulkField", position, name.length() > 40 ? name.substring(0, 40) + "…" : name);
                }
            }
            JsonNode id = item.get("id");
            JsonNode revision = item.get("revision");
            if (id == null || !id.isIntegralNumber() || !id.canConvertToLong() || id.asLong() < 1) {
                throw new UserFacingException("workflow.error.bulkId", position);
            }
            if (revision == null || !revision.isIntegralNumber() || !revision.canConvertToInt() || revision.asInt() < 1) {
                throw new UserFacingException("workflow.error.bulkRevisionAt", position);
            }
            out.add(new BulkApproval.Request(id.asLong(), revision.asInt()));
        }
        return out;
    }
}
