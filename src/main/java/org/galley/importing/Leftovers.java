package org.galley.importing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.List;
import org.galley.segment.Furniture;
import org.galley.segment.Proposal;
import org.galley.segment.Unassigned;

/**
 * What the segmenter left outside articles on a page: furniture (running heads, page numbers) and blocks it
 * could not attach with confidence (orphan bylines). Stored with the page at import, for the editor to offer.
 */
public record Leftovers(List<Furniture> furniture, List<Unassigned> unassigned) {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(MapperFeature.AUTO_DETECT_IS_GETTERS)
            .build();

    public Leftovers {
        furniture = List.copyOf(furniture == null ? List.of() : furniture);
        unassigned = List.copyOf(unassigned == null ? List.of() : unassigned);
    }

    public static Leftovers of(Proposal proposal) {
        return new Leftovers(proposal.furniture(), proposal.unassigned());
    }

    public static Leftovers parse(String json) {
        if (json == null || json.isBlank()) {
            return new Leftovers(List.of(), List.of());
        }
        try {
            return MAPPER.readValue(json, Leftovers.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored page leftovers are unreadable", e);
        }
    }

    public String toJson() {
        try {
            return MAPPER.writeValueAsString(this);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("leftovers are always serializable", e);
        }
    }
}
