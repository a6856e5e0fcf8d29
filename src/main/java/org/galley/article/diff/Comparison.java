package org.galley.article.diff;

import java.util.List;

/**
 * The outcome of comparing two revisions, for a screen or the API: the fields that changed, and whether any of
 * them was too large to compare (then that field carries no segments, and the reader is told so instead of
 * waiting minutes for an answer).
 */
public record Comparison(List<FieldDiff> fields) {

    public Comparison {
        fields = List.copyOf(fields);
    }

    public boolean tooLarge() {
        return fields.stream().anyMatch(FieldDiff::tooLarge);
    }

    public boolean same() {
        return fields.isEmpty();
    }

    /** The fields too large to compare, by name. */
    public List<String> tooLargeFields() {
        return fields.stream().filter(FieldDiff::tooLarge).map(FieldDiff::field).toList();
    }
}
