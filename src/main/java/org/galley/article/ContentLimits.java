package org.galley.article;

import java.util.Set;
import org.galley.common.UserFacingException;
import org.galley.common.text.XmlText;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * What one save may hold and who may change what, beyond the per-field rules in {@link ContentRules}: a save
 * is bounded as a whole (text, paragraphs, line spans, note), so no request can store something every later
 * read, diff and export must carry; a base revision must be one the article has; and taking an article in or
 * out of publication (to or from furniture or advert) is an editor's decision.
 */
public final class ContentLimits {

    /** All the text of one article: a broadsheet page of Chinese holds about 30,000 characters. */
    public static final int MAX_TEXT = 200_000;
    /** Line spans: at most one per raw line, and a page has a few thousand lines at most. */
    public static final int MAX_SPANS = 5_000;
    /** The highest raw line number a span may name. */
    public static final int MAX_LINE = 100_000;
    public static final int MAX_NOTE = 2_000;

    /** Kinds that keep an article out of the publication (or, advert, out of the editorial workflow). */
    static final Set<String> PUBLICATION_KINDS = Set.of("furniture", "advert");

    private ContentLimits() {
    }

    /** Bounds on the content as a whole; called by {@link ContentRules#check} before anything is written. */
    static void check(ArticleContent c) {
        if (c.lines().size() > MAX_SPANS) {
            throw new UserFacingException("article.error.tooManySpans", MAX_SPANS);
        }
        for (LineRef span : c.lines()) {
            if (span != null && span.last() > MAX_LINE) {
                throw new UserFacingException("article.error.lines");
            }
        }
        long total = length(c.kicker()) + length(c.headline()) + length(c.subheadline()) + length(c.dateline())
                + length(c.caption());
        for (String p : c.paragraphs()) {
            total += length(p);
        }
        if (total > MAX_TEXT) {
            throw new UserFacingException("article.error.tooMuchText", MAX_TEXT);
        }
    }

    /** A revision note (a save's, a restore's, a structure change's). */
    public static void checkNote(String note) {
        if (note != null && note.length() > MAX_NOTE) {
            throw new UserFacingException("article.error.tooLong", org.galley.common.Term.field("note"), MAX_NOTE);
        }
        XmlText.check("note", note);
    }

    /**
     * A base revision the article never had is the caller's mistake (400), not a conflict with someone else's
     * save (409): called where a save based on {@code base} could not advance the article.
     */
    static void checkBase(int base, int current) {
        if (base < 1 || base > current) {
            throw new UserFacingException("article.error.baseRevision", base, current);
        }
    }

    /** Changing the kind to or from furniture or advert changes what gets published: editors only. */
    static void checkKindChange(String from, String to) {
        boolean changes = from != null && to != null && !from.equals(to)
                && (PUBLICATION_KINDS.contains(from) || PUBLICATION_KINDS.contains(to));
        if (changes && !isEditor()) {
            throw new AccessDeniedException("changing the kind " + from + " to " + to + " needs an editor");
        }
    }

    private static boolean isEditor() {
        var auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null) {
            return false;
        }
        for (GrantedAuthority a : auth.getAuthorities()) {
            if ("ROLE_EDITOR".equals(a.getAuthority()) || "ROLE_ADMIN".equals(a.getAuthority())) {
                return true;
            }
        }
        return false;
    }

    private static long length(String s) {
        return s == null ? 0 : s.length();
    }
}
