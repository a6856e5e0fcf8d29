package org.galley.article;

import java.util.ArrayList;
import java.util.List;
import org.galley.common.UserFacingException;

/**
 * What an article's content may be. Checked before anything is written, so a bad form field or API body is
 * refused with a message and changes nothing. Text is stored as typed (markup included) and escaped on output.
 */
final class ContentRules {

    static final int MAX_FIELD = 2_000;
    static final int MAX_PARAGRAPH = 100_000;
    static final int MAX_PARAGRAPHS = 2_000;
    static final int MAX_PEOPLE = 50;

    private ContentRules() {
    }

    static ArticleContent check(ArticleContent c) {
        if (c == null) {
            throw new UserFacingException("article.error.noContent");
        }
        if (!c.kind().matches("[a-z][a-z-]{0,30}")) {
            throw new UserFacingException("article.error.kind", c.kind());
        }
        ContentLimits.check(c);
        field("kicker", c.kicker());
        field("headline", c.headline());
        field("subheadline", c.subheadline());
        field("dateline", c.dateline());
        if (c.caption() != null && c.caption().length() > MAX_PARAGRAPH) {
            throw new UserFacingException("article.error.tooLong", org.galley.common.Term.field("caption"), MAX_PARAGRAPH);
        }
        noControl("caption", c.caption());
        if (c.body().size() > MAX_PARAGRAPHS) {
            throw new UserFacingException("article.error.tooManyParagraphs", MAX_PARAGRAPHS);
        }
        List<Paragraph> paragraphs = new ArrayList<>();
        for (Paragraph para : c.body()) {
            String p = para == null ? null : para.text();
            if (p == null) {
                throw new UserFacingException("article.error.paragraphs");
            }
            if (p.length() > MAX_PARAGRAPH) {
                throw new UserFacingException("article.error.tooLong", org.galley.common.Term.field("paragraph"), MAX_PARAGRAPH);
            }
            if (!Paragraph.ROLES.contains(para.role())) {
                throw new UserFacingException("article.error.paragraphRole", para.role());
            }
            noControl("paragraph", p);
            // Empty paragraphs carry nothing and would confuse paragraph counts; drop them.
            if (!p.isBlank()) {
                paragraphs.add(para.withText(p.strip()));
            }
        }
        Byline b = c.byline();
        people(b.reporters());
        people(b.correspondents());
        people(b.photographers());
        for (var span : c.lines()) {
            if (span == null || span.pageId() < 1 || span.first() < 1 || span.last() < span.first()) {
                throw new UserFacingException("article.error.lines");
            }
        }
        return new ArticleContent(c.kind(), blankToNull(c.kicker()), blankToNull(c.headline()), blankToNull(c.subheadline()),
                new Byline(clean(b.reporters()), clean(b.correspondents()), clean(b.photographers())),
                blankToNull(c.dateline()), paragraphs, blankToNull(c.caption()), c.continued(), c.lines());
    }

    private static void field(String name, String value) {
        if (value != null && value.length() > MAX_FIELD) {
            throw new UserFacingException("article.error.tooLong", org.galley.common.Term.field(name), MAX_FIELD);
        }
        noControl(name, value);
    }

    /** NUL and other C0 controls come from binary junk, never from a newspaper; no export could write them. */
    private static void noControl(String name, String value) {
        org.galley.common.text.XmlText.check(name, value);
    }

    private static void people(List<String> names) {
        if (names.size() > MAX_PEOPLE) {
            throw new UserFacingException("article.error.people", MAX_PEOPLE);
        }
        for (String n : names) {
            field("byline", n);
        }
    }

    private static List<String> clean(List<String> names) {
        return names.stream().filter(n -> n != null && !n.isBlank()).map(String::strip).distinct().toList();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
