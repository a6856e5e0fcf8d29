package org.galley.segment;

import java.util.ArrayList;
import java.util.List;

/** Names read from byline lines, by role; mutable while the lines of one byline block are read. */
final class ParsedByline {
    final List<String> reporters = new ArrayList<>();
    final List<String> correspondents = new ArrayList<>();
    final List<String> photographers = new ArrayList<>();

    List<String> role(Role r) {
        switch (r) {
            case CORRESPONDENT:
                return correspondents;
            case PHOTOGRAPHER:
                return photographers;
            default:
                return reporters;
        }
    }

    void addAll(ParsedByline other) {
        addNew(reporters, other.reporters);
        addNew(correspondents, other.correspondents);
        addNew(photographers, other.photographers);
    }

    private static void addNew(List<String> to, List<String> from) {
        for (String s : from) {
            if (!to.contains(s)) {
                to.add(s);
            }
        }
    }

    boolean isEmpty() {
        return reporters.isEmpty() && correspondents.isEmpty() && photographers.isEmpty();
    }

    Byline toByline() {
        return new Byline(reporters, correspondents, photographers);
    }

    enum Role { REPORTER, CORRESPONDENT, PHOTOGRAPHER }
}
