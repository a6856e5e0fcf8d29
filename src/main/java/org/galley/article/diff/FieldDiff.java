package org.galley.article.diff;

import java.util.List;

/** The differences in one field of an article (headline, paragraphs, reporters, …). */
public record FieldDiff(String field, List<Segment> segments) {

    public boolean changed() {
        return segments.stream().anyMatch(s -> s.op() != Op.EQUAL);
    }

    public int inserted() {
        return segments.stream().filter(s -> s.op() == Op.INSERT).mapToInt(s -> s.text().length()).sum();
    }

    public int deleted() {
        return segments.stream().filter(s -> s.op() == Op.DELETE).mapToInt(s -> s.text().length()).sum();
    }
}
