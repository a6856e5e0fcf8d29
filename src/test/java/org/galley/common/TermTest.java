package org.galley.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A field named in a message reads in the message's language, never in English inside Chinese. */
class TermTest {

    private final GalleyI18NProvider i18n = new GalleyI18NProvider();

    @Test
    void aFieldNameInAMessageIsTranslatedWithIt() {
        String zh = i18n.getTranslation("article.error.tooLong", GalleyI18NProvider.CHINESE, Term.field("display name"), 200);
        assertThat(zh).contains("显示名").doesNotContain("display");
        String en = i18n.getTranslation("input.error.character", java.util.Locale.ENGLISH, Term.field("note"), "U+0001", "3");
        assertThat(en).contains("The note contains");
    }

    @Test
    void aFieldWithoutATranslationShowsItsOwnName() {
        assertThat(i18n.getTranslation("article.error.tooLong", java.util.Locale.ENGLISH, Term.field("unheard of"), 5))
                .contains("unheard of").doesNotContain("!");
    }
}
