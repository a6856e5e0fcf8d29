package org.galley.segment;

import java.util.List;

/** People credited for an article, names without justification spaces. */
public record Byline(List<String> reporters, List<String> correspondents, List<String> photographers) {
    private static final Byline EMPTY = new Byline(List.of(), List.of(), List.of());

    public Byline {
        reporters = List.copyOf(reporters);
        correspondents = List.copyOf(correspondents);
        photographers = List.copyOf(photographers);
    }

    public static Byline empty() {
        return EMPTY;
    }

    public boolean isEmpty() {
        return reporters.isEmpty() && correspondents.isEmpty() && photographers.isEmpty();
    }
}
