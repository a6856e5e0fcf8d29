package org.galley.revise.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Span;
import org.galley.article.ArticleService;
import org.galley.security.Role;
import org.galley.support.IntegrationTest;
import org.galley.support.Karibu;
import org.galley.support.KaribuViews;
import org.galley.support.TestData.Fixture;
import org.galley.support.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;

/** The find and replace view: matches shown first, one unticked, the rest replaced; an editor reverts the change set. */
@IntegrationTest
@ExtendWith(KaribuViews.class)
class FindReplaceViewTest {

    @Autowired
    TestData data;
    @Autowired
    ArticleService articles;

    @BeforeEach
    void setUp() {
        Karibu.login("view-editor", Role.EDITOR);
    }

    @Test
    void theUserUnticksAMatchReplacesTheRestAndRevertsTheChangeSet() {
        Fixture f = data.issueWithArticles(TestData.content("Colour", "The colour red.", "A colour chart."),
                TestData.content("Other", "colour again"));
        UI.getCurrent().navigate("issues/" + f.issueId() + "/replace");
        FindReplaceView view = _get(FindReplaceView.class);
        view.find.setValue("colour");
        view.replace.setValue("color");
        view.matchCase.setValue(true);
        _click(view.search);
        var shown = view.matches.getListDataView().getItems().toList();
        assertThat(shown).hasSize(3);
        assertThat(shown.get(0).before()).isEqualTo("The ");
        assertThat(view.matches.getSelectedItems()).hasSize(3);

        view.matches.deselect(shown.get(1));
        view.note.setValue("house style");
        _click(view.apply);

        Dialog result = _get(Dialog.class, spec -> spec.withId("replace-result"));
        assertThat(_get(result, Span.class, spec -> spec.withId("replace-result-count")).getText()).contains("2");
        long a = f.articleIds().get(0);
        assertThat(articles.get(a).content().paragraphs()).containsExactly("The color red.", "A colour chart.");
        assertThat(articles.get(f.articleIds().get(1)).content().paragraphs()).containsExactly("color again");
        _click(_get(result, Button.class, spec -> spec.withId("replace-result-close")));

        var sets = view.changeSets.getListDataView().getItems().toList();
        assertThat(sets).singleElement().satisfies(c -> assertThat(c.note()).isEqualTo("house style"));
        view.revert(sets.get(0));
        _click(_get(Button.class, spec -> spec.withId("revert-ok")));
        assertThat(_get(Span.class, spec -> spec.withId("revert-result-count")).getText()).contains("2");
        assertThat(articles.get(a).content().paragraphs()).containsExactly("The colour red.", "A colour chart.");
    }
}
