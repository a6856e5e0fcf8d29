package org.galley.browser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import org.galley.security.Role;
import org.galley.security.UserService;
import org.galley.support.TestData;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

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

    /** The password of every user {@link #newUser} creates. */
    static final String PASSWORD = "browser-pass-12";

    /** A new user with the role, named from the prefix and made unique, created by the admin; answers the name. */
    static String newUser(UserService users, String prefix, Role role) {
        String name = prefix + UUID.randomUUID().toString().substring(0, 6);
        TestData.asUser("admin", "ROLE_ADMIN", () -> users.create(name, name, PASSWORD, role));
        return name;
    }

    /** A wait that looks an element up again when Vaadin redraws it mid-read (stale elements are ignored). */
    static WebDriverWait waitFor(WebDriver driver, Duration timeout) {
        WebDriverWait wait = new WebDriverWait(driver, timeout);
        wait.ignoring(StaleElementReferenceException.class);
        return wait;
    }

    /** The same, polling every {@code poll} instead of WebDriverWait's default 500 ms. */
    static WebDriverWait waitFor(WebDriver driver, Duration timeout, Duration poll) {
        WebDriverWait wait = new WebDriverWait(driver, timeout, poll);
        wait.ignoring(StaleElementReferenceException.class);
        return wait;
    }

    /** Opens the log-in page and logs in as a user {@link #newUser} created. */
    static void logIn(WebDriver driver, WebDriverWait wait, int port, String user) {
        driver.get("http://localhost:" + port + "/login");
        submitLogIn(driver, wait, user, PASSWORD);
    }

    /** Types the name and password into the log-in form already shown, submits it and waits until it is left. */
    static void submitLogIn(WebDriver driver, WebDriverWait wait, String user, String password) {
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#vaadinLoginUsername input"))).sendKeys(user);
        driver.findElement(By.cssSelector("#vaadinLoginPassword input")).sendKeys(password);
        driver.findElement(By.cssSelector("vaadin-login-form vaadin-button")).click();
        wait.until(d -> !d.getCurrentUrl().contains("/login"));
    }

    /** Quits each browser a test started; one never started is null. */
    static void quit(WebDriver... drivers) {
        for (WebDriver d : drivers) {
            if (d != null) {
                d.quit();
            }
        }
    }
}
