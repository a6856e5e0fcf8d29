package org.galley.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.galley.progress.ProgressFixture;
import org.galley.security.Role;
import org.galley.security.UserService;
import org.galley.support.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Two correctors on the same page in two browsers: each sees, without reloading (server push), the other's claim and
 * the other's save. Leaves a screenshot of the watcher's page in target/screenshots.
 */
@IntegrationTest
class PageClaimsBrowserTest {

    @LocalServerPort
    int port;
    @Autowired
    UserService users;
    @Autowired
    ProgressFixture fixture;
    ChromeDriver anna;
    ChromeDriver bob;

    @AfterEach
    void quit() {
        Browser.quit(anna, bob);
    }

    @Test
    void twoCorrectorsOnOnePageSeeEachOthersClaimAndSaveLive() throws Exception {
        Browser.assumeInstalled();
        String a = Browser.newUser(users, "anna", Role.CORRECTOR);
        String b = Browser.newUser(users, "bob", Role.CORRECTOR);
        long page = fixture.issue(2, 1).pageIds().get(0);

        anna = Browser.start();
        bob = Browser.start();
        WebDriverWait annaWait = Browser.waitFor(anna, Duration.ofSeconds(60));
        WebDriverWait bobWait = Browser.waitFor(bob, Duration.ofSeconds(60));
        open(anna, annaWait, a, page);
        open(bob, bobWait, b, page);
        bobWait.until(d -> text(d, "claim-text").contains("Nobody is on page 1"));

        // Anna claims the page: Bob's banner changes while Bob does nothing.
        annaWait.until(ExpectedConditions.elementToBeClickable(By.id("claim-page"))).click();
        annaWait.until(d -> text(d, "claim-text").contains("You are on page 1"));
        long start = System.nanoTime();
        Browser.waitFor(bob, Duration.ofSeconds(20), Duration.ofMillis(20)).until(d -> text(d, "claim-text").contains(a + " is on page 1"));
        System.out.println("Claim seen by the other browser after " + (System.nanoTime() - start) / 1_000_000 + " ms");
        assertThat(bob.findElements(By.id("claim-page")).stream().filter(WebElement::isDisplayed)).as("no claim button while anna holds it").isEmpty();

        // Bob opens an article anyway: he is warned, not stopped.
        card(bobWait, "Page 1 story 2").click();
        press(bob, 'e');
        bobWait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#paragraphs textarea")));
        bobWait.until(d -> notifications(d).contains(a + " is working on page 1"));
        new Actions(bob).sendKeys(Keys.ESCAPE).perform();

        // Anna edits an article and saves with Ctrl+S: Bob hears of it and his page shows her headline.
        card(annaWait, "Page 1 story 1").click();
        press(anna, 'e');
        WebElement headline = annaWait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#headline input")));
        ((JavascriptExecutor) anna).executeScript("arguments[0].focus(); arguments[0].select();", headline);
        new Actions(anna).sendKeys("Anna's corrected headline").perform();
        new Actions(anna).keyDown(Keys.CONTROL).sendKeys("s").keyUp(Keys.CONTROL).perform();
        annaWait.until(d -> notifications(d).contains("Saved as revision"));
        start = System.nanoTime();
        Browser.waitFor(bob, Duration.ofSeconds(20), Duration.ofMillis(20))
                .until(d -> notifications(d).contains(a + " saved \"Anna's corrected headline\""));
        System.out.println("Save seen by the other browser after " + (System.nanoTime() - start) / 1_000_000 + " ms");
        card(bobWait, "Anna's corrected headline");
        Files.createDirectories(Path.of("target", "screenshots"));
        Files.write(Path.of("target", "screenshots", "claim-seen-by-colleague.png"), bob.getScreenshotAs(OutputType.BYTES));

        // Anna releases: Bob sees the page free again.
        annaWait.until(ExpectedConditions.elementToBeClickable(By.id("release-page"))).click();
        bobWait.until(d -> text(d, "claim-text").contains("Nobody is on page 1"));
    }

    void open(ChromeDriver driver, WebDriverWait wait, String user, long page) {
        Browser.logIn(driver, wait, port, user);
        driver.get("http://localhost:" + port + "/pages/" + page);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#raw-page .gl")));
    }

    static String text(org.openqa.selenium.WebDriver d, String id) {
        return d.findElements(By.id(id)).stream().map(WebElement::getText).findFirst().orElse("");
    }

    static WebElement card(WebDriverWait wait, String headline) {
        return wait.until(d -> d.findElements(By.cssSelector("#cards [data-article-id]")).stream()
                .filter(c -> c.getText().contains(headline)).findFirst().orElse(null));
    }

    static String notifications(org.openqa.selenium.WebDriver d) {
        return d.findElements(By.cssSelector("vaadin-notification-card")).stream().map(WebElement::getText)
                .reduce("", (x, y) -> x + "|" + y);
    }

    static void press(ChromeDriver driver, char letter) {
        new Actions(driver).keyDown(Keys.ALT).keyDown(Keys.SHIFT).sendKeys(String.valueOf(letter)).keyUp(Keys.SHIFT).keyUp(Keys.ALT).perform();
    }
}
