package org.galley.editor.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import org.galley.security.Role;
import org.galley.support.IntegrationTest;
import org.galley.support.Karibu;
import org.galley.support.ScanFixture;
import org.galley.support.TestData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** The scan's menu and its zoom keys in the help are there on a page with a scan only: elsewhere they do nothing. */
@IntegrationTest
class ScanOperationsViewTest {

    @Autowired
    ApplicationContext ctx;
    @Autowired
    ScanFixture scans;
    @Autowired
    TestData data;

    @BeforeEach
    void setUp() {
        Karibu.setUp(ctx);
        Karibu.login("corrector", Role.CORRECTOR);
    }

    @AfterEach
    void tearDown() {
        Karibu.tearDown();
    }

    PageEditorView open(long pageId) {
        UI.getCurrent().navigate("pages/" + pageId);
        return _get(PageEditorView.class);
    }

    @Test
    void aTextOnlyPageHasNoScanMenuAndNoZoomKeysInItsHelp() {
        PageEditorView view = open(data.issueWithArticles(TestData.content("Plain", "text only")).pageId());
        assertThat(view.toolbarGroups.get(EditorOperation.Group.IMAGE).isVisible()).isFalse();
        assertThat(view.toolbarGroups.get(EditorOperation.Group.STRUCTURE).isVisible()).isTrue();
        view.keyPressed("?");
        assertThat(_find(Div.class, spec -> spec.withId("help-zoomIn"))).isEmpty();
        assertThat(_find(Div.class, spec -> spec.withId("help-split"))).hasSize(1);
    }

    @Test
    void aPageWithAScanHasTheScanMenuAndItsZoomKeysInTheHelp() {
        PageEditorView view = open(scans.create(1, true).pageId());
        assertThat(view.toolbarGroups.get(EditorOperation.Group.IMAGE).isVisible()).isTrue();
        view.keyPressed("?");
        assertThat(_get(Div.class, spec -> spec.withId("help-zoomIn")).getElement().getTextRecursively()).contains("+");
    }
}
