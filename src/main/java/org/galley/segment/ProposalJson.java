package org.galley.segment;

import java.util.List;

/**
 * Writes a {@link Proposal} as the proposal JSON of {@code shared/eval/README.md}. Hand-written so that the package
 * depends on nothing but the JDK; non-ASCII text is written as is (the output is UTF-8).
 */
public final class ProposalJson {
    private ProposalJson() {
    }

    public static String toJson(Proposal p, String sourceName) {
        JsonWriter w = new JsonWriter();
        w.beginObject();
        w.name("source").value(sourceName);
        w.name("language").value(p.languageTag());
        if (p.failure() != null) {
            w.name("failure").value(p.failure());
        }
        w.name("articles").beginArray();
        for (ProposedArticle a : p.articles()) {
            article(w, a);
        }
        w.endArray();
        w.name("furniture").beginArray();
        for (Furniture f : p.furniture()) {
            w.beginObject();
            w.name("text").value(f.text());
            w.name("lines");
            spans(w, f.lines());
            w.endObject();
        }
        w.endArray();
        w.name("unassigned").beginArray();
        for (Unassigned u : p.unassigned()) {
            w.beginObject();
            w.name("role").value(u.role());
            w.name("text").value(u.text());
            w.name("lines");
            spans(w, u.lines());
            w.endObject();
        }
        w.endArray();
        w.endObject();
        return w.toString();
    }

    private static void article(JsonWriter w, ProposedArticle a) {
        w.beginObject();
        w.name("kind").value(a.kind());
        w.name("kicker").value(a.kicker());
        w.name("headline").value(a.headline());
        w.name("subheadline").value(a.subheadline());
        w.name("byline").beginObject();
        strings(w.name("reporters"), a.byline().reporters());
        strings(w.name("correspondents"), a.byline().correspondents());
        strings(w.name("photographers"), a.byline().photographers());
        w.endObject();
        w.name("dateline").value(a.dateline());
        strings(w.name("paragraphs"), a.paragraphs());
        strings(w.name("paragraph_roles"), a.paragraphRoles());
        w.name("caption").value(a.caption());
        w.name("continued").value(a.continued());
        w.name("jumps").beginArray();
        for (Jump j : a.jumps()) {
            w.beginObject();
            w.name("direction").value(j.direction());
            w.name("page").rawValue(j.page() == null ? "null" : j.page().toString());
            w.name("line").rawValue(Integer.toString(j.line()));
            w.endObject();
        }
        w.endArray();
        w.name("lines");
        spans(w, a.lines());
        w.endObject();
    }

    private static void strings(JsonWriter w, List<String> values) {
        w.beginArray();
        for (String v : values) {
            w.value(v);
        }
        w.endArray();
    }

    /** Line spans as compact pairs {@code [a, b]}, one per line of output. */
    private static void spans(JsonWriter w, List<LineSpan> spans) {
        w.beginArray();
        for (LineSpan s : spans) {
            w.rawValue("[" + s.first() + ", " + s.last() + "]");
        }
        w.endArray();
    }
}
