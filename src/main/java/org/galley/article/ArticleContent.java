package org.galley.article;

import java.util.List;

/**
 * The full content of one article revision: what the segmenter proposed, or what an editor made of it.
 * Stored whole with every revision (a snapshot), so any revision can be read, compared or restored alone.
 * These are Galley's own stored types (see {@link ContentJson} for the versioned JSON form); {@code lines}
 * are the raw lines the text came from, kept by the server (see the line ownership in ArticleService).
 */
public record ArticleContent(String kind, String kicker, String headline, String subheadline, Byline byline,
                             String dateline, List<Paragraph> body, String caption, boolean continued,
                             List<LineRef> lines) {
    public ArticleContent {
        kind = kind == null || kind.isBlank() ? "news" : kind;
        byline = byline == null ? Byline.empty() : byline;
        body = List.copyOf(body == null ? List.of() : body);
        lines = List.copyOf(lines == null ? List.of() : lines);
    }

    /** Content with body paragraphs given as plain texts. */
    public static ArticleContent of(String kind, String kicker, String headline, String subheadline, Byline byline,
                                    String dateline, List<String> paragraphs, String caption, boolean continued,
                                    List<LineRef> lines) {
        return new ArticleContent(kind, kicker, headline, subheadline, byline, dateline,
                paragraphs == null ? List.of() : paragraphs.stream().map(Paragraph::body).toList(), caption, continued, lines);
    }

    public static ArticleContent empty() {
        return new ArticleContent("news", null, null, null, Byline.empty(), null, List.of(), null, false, List.of());
    }

    /** The paragraphs' texts, whatever their roles. */
    public List<String> paragraphs() {
        return body.stream().map(Paragraph::text).toList();
    }

    public ArticleContent withKind(String v) {
        return new ArticleContent(v, kicker, headline, subheadline, byline, dateline, body, caption, continued, lines);
    }

    public ArticleContent withKicker(String v) {
        return new ArticleContent(kind, v, headline, subheadline, byline, dateline, body, caption, continued, lines);
    }

    public ArticleContent withHeadline(String v) {
        return new ArticleContent(kind, kicker, v, subheadline, byline, dateline, body, caption, continued, lines);
    }

    public ArticleContent withSubheadline(String v) {
        return new ArticleContent(kind, kicker, headline, v, byline, dateline, body, caption, continued, lines);
    }

    public ArticleContent withByline(Byline v) {
        return new ArticleContent(kind, kicker, headline, subheadline, v, dateline, body, caption, continued, lines);
    }

    public ArticleContent withDateline(String v) {
        return new ArticleContent(kind, kicker, headline, subheadline, byline, v, body, caption, continued, lines);
    }

    public ArticleContent withBody(List<Paragraph> v) {
        return new ArticleContent(kind, kicker, headline, subheadline, byline, dateline, v, caption, continued, lines);
    }

    /** Replaces the body by plain body paragraphs. */
    public ArticleContent withParagraphs(List<String> v) {
        return withBody(v.stream().map(Paragraph::body).toList());
    }

    public ArticleContent withCaption(String v) {
        return new ArticleContent(kind, kicker, headline, subheadline, byline, dateline, body, v, continued, lines);
    }

    public ArticleContent withContinued(boolean v) {
        return new ArticleContent(kind, kicker, headline, subheadline, byline, dateline, body, caption, v, lines);
    }

    public ArticleContent withLines(List<LineRef> v) {
        return new ArticleContent(kind, kicker, headline, subheadline, byline, dateline, body, caption, continued, v);
    }

    /** The same text fields with no titles, byline, dateline or caption: what a split's second part starts as. */
    public ArticleContent withoutTitles() {
        return new ArticleContent(kind, null, null, null, Byline.empty(), null, body, null, continued, lines);
    }

    /** The headline, or failing that the first words of the text, for lists and titles. */
    public String title() {
        if (headline != null && !headline.isBlank()) {
            return headline;
        }
        if (caption != null && !caption.isBlank()) {
            return abbreviate(caption);
        }
        return body.isEmpty() ? "" : abbreviate(body.get(0).text());
    }

    private static String abbreviate(String s) {
        return s.length() <= 30 ? s : s.substring(0, 30) + "…";
    }
}
