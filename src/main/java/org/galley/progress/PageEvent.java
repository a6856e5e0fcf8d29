package org.galley.progress;

/** What everyone with a page open hears about it, live. */
public sealed interface PageEvent {

    long pageId();

    /** The page's claim changed: {@code holder} is who holds it now, {@code null} when nobody does. */
    record ClaimChanged(long pageId, String holder) implements PageEvent {
    }

    /** Someone saved an article on the page. */
    record ArticleSaved(long pageId, long articleId, String title, String by, int revision) implements PageEvent {
    }
}
