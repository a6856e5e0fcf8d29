package org.galley.article.structure;

import org.galley.article.ArticleContent;

/** The single-text fields of an article a paragraph can become, or that can move between articles. */
public enum Field {
    KICKER, HEADLINE, SUBHEADLINE, DATELINE, CAPTION, BYLINE;

    public String get(ArticleContent c) {
        return switch (this) {
            case KICKER -> c.kicker();
            case HEADLINE -> c.headline();
            case SUBHEADLINE -> c.subheadline();
            case DATELINE -> c.dateline();
            case CAPTION -> c.caption();
            case BYLINE -> null;
        };
    }

    public ArticleContent set(ArticleContent c, String v) {
        return switch (this) {
            case KICKER -> c.withKicker(v);
            case HEADLINE -> c.withHeadline(v);
            case SUBHEADLINE -> c.withSubheadline(v);
            case DATELINE -> c.withDateline(v);
            case CAPTION -> c.withCaption(v);
            case BYLINE -> throw new IllegalArgumentException("the byline is a list of people, not one text");
        };
    }

    /** The titles travel together: a split leaves them all with the headline. */
    boolean isTitle() {
        return this == KICKER || this == HEADLINE || this == SUBHEADLINE;
    }
}
