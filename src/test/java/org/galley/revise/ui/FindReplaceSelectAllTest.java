package org.galley.revise.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import java.util.concurrent.atomic.AtomicInteger;
import org.galley.security.Role;
import org.galley.support.IntegrationTest;
import org.galley.support.Karibu;
import org.galley.support.TestData;
import org.galley.support.TestData.Fixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * Every match of a search is ticked in one selection change, not one per match: selecting one by one made each
 * change (and the summary after it) walk the whole selection, quadratic in up to 5,000 matches.
 */
@IntegrationTest
class FindReplaceSelectAllTest {

    @Autowired
    ApplicationContext ctx;
    @Autowired
    TestData data;

    @BeforeEach
    void setUp() {
        Karibu.setUp(ctx);
        Karibu.login("select-all-editor", Role.EDITOR);
    }

    @AfterEach
    void tearDown() {
        Karibu.tearDown();
    }

    @Test
    void theMatchesAreTickedInOneSelectionChange() {
        Fixture f = data.issueWithArticles(TestData.content("Water", "tide ".repeat(50)));
        UI.getCurrent().navigate("issues/" + f.issueId() + "/replace");
        FindReplaceView view = _get(FindReplaceView.class);
        AtomicInteger changes = new AtomicInteger();
        view.matches.addSelectionListener(e -> changes.incrementAndGet());
        view.find.setValue("tide");
        view.replace.setValue("flood");
        _click(view.search);

        assertThat(view.matches.getSelectedItems()).hasSize(50);
        assertThat(changes).hasValue(1);
    }
}
