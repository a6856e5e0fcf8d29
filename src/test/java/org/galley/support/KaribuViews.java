package org.galley.support;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * Karibu-Testing around every test of a view test class ({@code @ExtendWith(KaribuViews.class)}): Vaadin mocked on
 * the test's Spring context before the test's own set-up runs, torn down (the log-in cleared) after its own clean-up.
 */
public final class KaribuViews implements BeforeEachCallback, AfterEachCallback {

    @Override
    public void beforeEach(ExtensionContext context) {
        Karibu.setUp(SpringExtension.getApplicationContext(context));
    }

    @Override
    public void afterEach(ExtensionContext context) {
        Karibu.tearDown();
    }
}
