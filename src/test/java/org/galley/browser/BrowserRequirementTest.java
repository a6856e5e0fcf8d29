package org.galley.browser;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

/** CI passes -Dgalley.browser.required=true: a machine without Chromium must fail, not skip silently. */
class BrowserRequirementTest {

    @Test
    void aMissingBrowserFailsWhenRequired() {
        assertThrows(AssertionFailedError.class, () -> Browser.assumeInstalled(false, true));
    }

    @Test
    void aMissingBrowserSkipsWhenNotRequired() {
        assertThrows(TestAbortedException.class, () -> Browser.assumeInstalled(false, false));
    }

    @Test
    void anInstalledBrowserRunsEitherWay() {
        assertDoesNotThrow(() -> Browser.assumeInstalled(true, true));
        assertDoesNotThrow(() -> Browser.assumeInstalled(true, false));
    }
}
