package org.galley.article;

import java.util.Set;

/** One paragraph of an article's text with its role: ordinary body text, or a crosshead between sections. */
public record Paragraph(String text, String role) {

    public static final String BODY = "body";
    public static final String CROSSHEAD = "crosshead";
    /** Roles a paragraph may have; anything else is refused on save. */
    public static final Set<String> ROLES = Set.of(BODY, CROSSHEAD, "quote");

    public Paragraph {
        role = role == null || role.isBlank() ? BODY : role;
    }

    public static Paragraph body(String text) {
        return new Paragraph(text, BODY);
    }

    public Paragraph withText(String newText) {
        return new Paragraph(newText, role);
    }
}
