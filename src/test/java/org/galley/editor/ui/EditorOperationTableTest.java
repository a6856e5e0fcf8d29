package org.galley.editor.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.galley.security.Role;
import org.junit.jupiter.api.Test;

/** The one table of editor operations: unambiguous keys, labels in both languages, rights by role. */
class EditorOperationTableTest {

    @Test
    void everyOperationHasItsOwnLetterAndId() {
        assertThat(EditorOperation.TABLE).extracting(EditorOperation::key).doesNotHaveDuplicates()
                .allMatch(k -> k >= 'A' && k <= 'Z' || k == '+' || k == '-');
        assertThat(EditorOperation.TABLE).extracting(EditorOperation::id).doesNotHaveDuplicates();
    }

    @Test
    void everyLabelAndGroupIsTranslatedInBothLanguages() throws Exception {
        for (String bundle : new String[] {"translations.properties", "translations_zh_CN.properties"}) {
            Properties p = load(bundle);
            assertThat(EditorOperation.TABLE).allSatisfy(op -> assertThat(p).as(bundle).containsKey(op.labelKey()));
            for (EditorOperation.Group g : EditorOperation.Group.values()) {
                assertThat(p).as(bundle).containsKey("editor.group." + g.name().toLowerCase());
            }
        }
    }

    @Test
    void aCorrectorHasNoApproveRejectOrExcludeAndAnEditorHasAll() {
        assertThat(EditorOperation.visibleTo(Role.CORRECTOR)).extracting(EditorOperation::id)
                .doesNotContain("approve", "reject", "exclude").contains("edit", "split", "submit");
        assertThat(EditorOperation.visibleTo(Role.EDITOR)).hasSameSizeAs(EditorOperation.TABLE);
        assertThat(EditorOperation.visibleTo(Role.ADMIN)).hasSameSizeAs(EditorOperation.TABLE);
        assertThat(EditorOperation.forKey('O', Role.CORRECTOR)).as("Alt+Shift+O is no shortcut for a corrector").isEmpty();
        assertThat(EditorOperation.forKey('O', Role.EDITOR)).map(EditorOperation::id).contains("approve");
    }

    @Test
    void aLetterFindsItsOperationWhateverItsCase() {
        // With Shift held the browser reports "S"; without Caps Lock logic in between, "s" must work too.
        assertThat(EditorOperation.forKey('S', Role.CORRECTOR)).map(EditorOperation::id).contains("split");
        assertThat(EditorOperation.forKey('s', Role.CORRECTOR)).map(EditorOperation::id).contains("split");
        assertThat(EditorOperation.forKey('Q', Role.EDITOR)).isEmpty();
    }

    static Properties load(String name) throws Exception {
        Properties p = new Properties();
        try (InputStream in = EditorOperationTableTest.class.getResourceAsStream("/vaadin-i18n/" + name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }
}
