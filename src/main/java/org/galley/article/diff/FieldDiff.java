package org.galley.article.diff;

import java.util.List;

/**
 * The differences in one field of an article (headline, paragraphs, reporters, …), or, with {@code tooLarge},
 * the word that this field differs but is too large to compare within the bounds (no segments then).
 */
public record FieldDiff(String field, List<Segment> segments, boolean tooLarge) {

    public FieldDiff {
        segments = List.copyOf(segments);
    }

    public FieldDiff(String field, List<Segment> segments) {
        this(field, segments, false);
    }

    static FieldDiff tooLarge(String field) {
        return new FieldDiff(field, List.of(), true);
    }

    public boolean changed() {
        return tooLarge || segments.stream().anyMatch(s -> s.op() != Op.EQUAL);
    }

    public int inserted() {
        return segments.stream().filter(s -> s.op() == Op.INSERT).mapToInt(s -> s.text().length()).sum();
    }

    public int deleted() {
        return segments.stream().filter(s -> s.op() == Op.DELETE).mapToInt(s -> s.text().length()).sum();
    }
}
