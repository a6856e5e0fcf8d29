package org.galley.article;

import java.util.LinkedHashSet;
import java.util.List;

/** People credited for an article, as stored with a revision (independent of the segmenter's own record). */
public record Byline(List<String> reporters, List<String> correspondents, List<String> photographers) {
    private static final Byline EMPTY = new Byline(List.of(), List.of(), List.of());

    public Byline {
        reporters = List.copyOf(reporters == null ? List.of() : reporters);
        correspondents = List.copyOf(correspondents == null ? List.of() : correspondents);
        photographers = List.copyOf(photographers == null ? List.of() : photographers);
    }

    public static Byline empty() {
        return EMPTY;
    }

    public static Byline of(org.galley.segment.Byline b) {
        return b == null ? EMPTY : new Byline(b.reporters(), b.correspondents(), b.photographers());
    }

    public boolean isEmpty() {
        return reporters.isEmpty() && correspondents.isEmpty() && photographers.isEmpty();
    }

    /** Everyone, in role order. */
    public List<String> people() {
        LinkedHashSet<String> all = new LinkedHashSet<>(reporters);
        all.addAll(correspondents);
        all.addAll(photographers);
        return List.copyOf(all);
    }

    /** Both bylines' names, each role's names once, in order of first appearance. */
    public Byline union(Byline other) {
        return new Byline(unite(reporters, other.reporters), unite(correspondents, other.correspondents),
                unite(photographers, other.photographers));
    }

    private static List<String> unite(List<String> a, List<String> b) {
        LinkedHashSet<String> all = new LinkedHashSet<>(a);
        all.addAll(b);
        return List.copyOf(all);
    }
}
