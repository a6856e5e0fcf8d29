package org.galley.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class NoteTest {

    private final GalleyI18NProvider i18n = new GalleyI18NProvider();

    @Test
    void aSystemNoteRoundTripsItsKeyAndArguments() {
        String stored = Note.of("history.note.split", 3, "独山港", 12345678901L);
        assertThat(Note.decode(stored)).contains(new Note("history.note.split", List.of(3L, "独山港", 12345678901L)));
        assertThat(Note.isKey(stored)).isTrue();
    }

    @Test
    void aSystemNoteRendersInTheReadersLanguage() {
        String stored = Note.of("history.note.restored", 4);
        assertThat(Note.render(stored, GalleyI18NProvider.ENGLISH, i18n)).isEqualTo("restored revision 4");
        assertThat(Note.render(stored, GalleyI18NProvider.CHINESE, i18n)).isEqualTo("恢复了第 4 版");
        // An id reads as digits, not "12,345".
        assertThat(Note.render(Note.of("history.note.mergedInto", 12345), GalleyI18NProvider.ENGLISH, i18n))
                .isEqualTo("merged into article 12345");
    }

    @Test
    void aTermArgumentIsTranslatedToo() {
        String stored = Note.of("history.note.paragraphBecame", 2, Note.term("field.headline"));
        assertThat(Note.decode(stored).orElseThrow().args()).containsExactly(2L, new Note.Term("field.headline"));
        assertThat(Note.render(stored, GalleyI18NProvider.ENGLISH, i18n)).isEqualTo("paragraph 2 became Headline");
        assertThat(Note.render(stored, GalleyI18NProvider.CHINESE, i18n)).isEqualTo("第 2 段改为主题");
    }

    @Test
    void oldEnglishNotesAndPeoplesNotesAreShownAsStored() {
        assertThat(Note.render("split at paragraph 3", GalleyI18NProvider.CHINESE, i18n)).isEqualTo("split at paragraph 3");
        assertThat(Note.render("i18n: not json", GalleyI18NProvider.CHINESE, i18n)).isEqualTo("i18n: not json");
        assertThat(Note.render("i18n:{\"args\":[]}", GalleyI18NProvider.ENGLISH, i18n)).isEqualTo("i18n:{\"args\":[]}");
        assertThat(Note.render(null, GalleyI18NProvider.ENGLISH, i18n)).isEmpty();
        assertThat(Note.isKey("fix typo")).isFalse();
    }

    @Test
    void aNoteNeedsAKey() {
        assertThatThrownBy(() -> Note.of(" ")).isInstanceOf(IllegalArgumentException.class);
    }
}
