package org.galley.editor;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import org.galley.article.ArticleService;
import org.galley.common.text.RefusedCharacters;
import org.galley.editor.ui.ArticleEditor;
import org.galley.editor.ui.PageEditorView;
import org.galley.security.Role;
import org.galley.support.IntegrationTest;
import org.galley.support.Karibu;
import org.galley.support.KaribuViews;
import org.galley.support.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;

/** Typed into the article editor, a character no export can hold is refused with a message naming it. */
@IntegrationTest
@ExtendWith(KaribuViews.class)
class RefusedCharactersViewTest {

    @Autowired
    TestData data;
    @Autowired
    ArticleService articles;

    @Test
    void theEditorRefusesEachCharacterWithAMessageAndSavesNothing() {
        var fixture = data.issueWithArticles(TestData.content("Clean headline", "Text."));
        long id = fixture.articleIds().get(0);
        Karibu.login("corrector", Role.CORRECTOR);
        UI.getCurrent().navigate("pages/" + fixture.pageId());
        PageEditorView view = _get(PageEditorView.class);
        view.select(id);
        com.github.mvysny.kaributesting.v10.ContextMenuKt._clickItemWithID(_get(com.vaadin.flow.component.menubar.MenuBar.class), "op-edit");
        ArticleEditor editor = _get(ArticleEditor.class);
        for (String c : RefusedCharacters.ALL) {
            NotificationsKt.clearNotifications();
            editor.headline.setValue("Bad " + c + " headline");
            _click(_get(Button.class, spec -> spec.withId("save-article")));
            assertThat(NotificationsKt.getNotifications()).as(RefusedCharacters.name(c))
                    .anySatisfy(n -> assertThat(n.getElement().getProperty("text")).contains(RefusedCharacters.name(c)));
        }
        assertThat(TestData.asUser("reader", "ROLE_CORRECTOR", () -> articles.get(id).revision())).isEqualTo(1);
    }
}
