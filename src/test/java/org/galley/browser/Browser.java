package org.galley.browser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's Chromium and ChromeDriver, never a downloaded one. Tests that need them are skipped, saying why,
 * where they are not installed ({@code apt-get install -y chromium chromium-driver}).
 */
final class Browser {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    private Browser() {
    }

    /** CI sets this, so a machine without Chromium fails the build instead of skipping its browser tests. */
    static final String REQUIRED = "galley.browser.required";

    static void assumeInstalled() {
        assumeInstalled(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER), Boolean.getBoolean(REQUIRED));
    }

    static void assumeInstalled(boolean installed, boolean required) {
        if (!installed && required) {
            Assertions.fail("Chromium and ChromeDriver are required (-D" + REQUIRED
                    + "=true) but not installed: apt-get install -y chromium chromium-driver");
        }
        Assumptions.assumeTrue(installed,
                "Skipped: Chromium and ChromeDriver are not installed (apt-get install -y chromium chromium-driver)");
    }

    static ChromeDriver start() throws IOException {
        assumeInstalled();
        // Selenium Manager must never look for or download a driver: name the binaries explicitly.
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1",
                "--window-size=1366,768", "--lang=en-US",
                "--user-data-dir=" + Files.createTempDirectory("galley-chromium"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().implicitlyWait(Duration.ZERO);
        return driver;
    }
}
