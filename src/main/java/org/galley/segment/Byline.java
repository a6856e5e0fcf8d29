package org.galley.segment;

import java.util.List;

/** Who made the article: reporters, correspondents (通讯员) and photographers, names without justification spaces. */
public record Byline(List<String> reporters, List<String> correspondents, List<String> photographers) {
    public Byline {
        reporters = List.copyOf(reporters == null ? List.of() : reporters);
        correspondents = List.copyOf(correspondents == null ? List.of() : correspondents);
        photographers = List.copyOf(photographers == null ? List.of() : photographers);
    }

    public static Byline empty() {
        return new Byline(List.of(), List.of(), List.of());
    }

    public boolean isEmpty() {
        return reporters.isEmpty() && correspondents.isEmpty() && photographers.isEmpty();
    }
}
