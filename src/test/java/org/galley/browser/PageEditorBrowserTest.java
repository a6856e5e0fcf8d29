package org.galley.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
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
 * What a corrector does on the seed page, in a real browser: assign the orphan byline to the volunteer
 * article, merge two articles and split them back, edit a paragraph and save with Ctrl+S, then read the
 * history with its diff. Leaves a screenshot of the page editor in target/screenshots.
 */
@IntegrationTest
class PageEditorBrowserTest {

    @LocalServerPort
    int port;
    @Autowired
    UserService users;
    ChromeDriver driver;
    WebDriverWait wait;

    @AfterEach
    void quit() {
        Browser.quit(driver);
    }

    @Test
    void aCorrectorFixesTheSeedPageAndSeesTheHistory() throws Exception {
        Browser.assumeInstalled();
        String name = Browser.newUser(users, "corr", Role.CORRECTOR);
        driver = Browser.start();
        // Cards are redrawn after each operation: an element read mid-redraw is looked up again on the next poll.
        wait = Browser.waitFor(driver, Duration.ofSeconds(60));
        Browser.logIn(driver, wait, port, name);

        // The demo issue, then its page.
        WebElement issues = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("issues")));
        wait.until(d -> cellsText(issues).contains("Demo · 平湖"));
        clickGridCell(issues, "Demo · 平湖");
        wait.until(ExpectedConditions.elementToBeClickable(By.id("open-page-1"))).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#raw-page .gl")));
        assertThat(driver.findElements(By.cssSelector("#raw-page .gl"))).hasSize(426); // 425 line breaks, and a last line without one

        // Assign the orphan byline ■记者 李雨婷 to the volunteer article.
        WebElement volunteer = card("我市志愿服务再获嘉兴先进");
        volunteer.click();
        WebElement leftovers = driver.findElement(By.id("leftovers"));
        assertThat(leftovers.getText()).contains("■记者 李雨婷");
        WebElement assign = leftovers.findElements(By.cssSelector("vaadin-button")).stream()
                .filter(b -> b.findElement(By.xpath("..")).getText().contains("李雨婷")).findFirst().orElseThrow();
        assign.click();
        // The dialog offers the selected article first.
        click("confirm-ok");
        wait.until(d -> card("我市志愿服务再获嘉兴先进").getText().contains("李雨婷"));
        assertThat(driver.findElement(By.id("leftovers")).getText()).doesNotContain("■记者 李雨婷");

        // Merge the volunteer article with the next one, then split it back at the same paragraph.
        int cardsBefore = driver.findElements(By.cssSelector("#cards [data-article-id]")).size();
        card("我市志愿服务再获嘉兴先进").click();
        press('n');
        wait.until(d -> d.findElements(By.cssSelector("#cards [data-article-id]")).size() == cardsBefore - 1);
        card("我市志愿服务再获嘉兴先进").click();
        press('s');
        WebElement choice = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("paragraph-choice")));
        wait.until(d -> choice.findElements(By.cssSelector("vaadin-radio-button")).stream()
                .filter(r -> r.getText().startsWith("5. ")).findFirst().orElse(null)).click();
        click("confirm-ok");
        wait.until(d -> d.findElements(By.cssSelector("#cards [data-article-id]")).size() == cardsBefore);

        // Edit a paragraph and save with Ctrl+S.
        card("我市志愿服务再获嘉兴先进").click();
        press('e');
        WebElement paragraphs = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#paragraphs textarea")));
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'}); arguments[0].focus();"
                + " arguments[0].setSelectionRange(arguments[0].value.length, arguments[0].value.length);", paragraphs);
        new Actions(driver).sendKeys("（本报记者校对）").perform();
        Files.createDirectories(Path.of("target", "screenshots"));
        Files.write(Path.of("target", "screenshots", "article-editor.png"), driver.getScreenshotAs(OutputType.BYTES));
        long start = System.nanoTime();
        new Actions(driver).keyDown(Keys.CONTROL).sendKeys("s").keyUp(Keys.CONTROL).perform();
        // Poll every 10 ms (not WebDriverWait's default 500 ms) so the figure measures Galley, not the poll.
        Browser.waitFor(driver, Duration.ofSeconds(30), Duration.ofMillis(10)).until(d -> notifications().contains("Saved as revision"));
        long millis = (System.nanoTime() - start) / 1_000_000;
        System.out.println("Page editor: Ctrl+S to saved confirmation in the browser: " + millis + " ms");
        Files.createDirectories(Path.of("target", "screenshots"));
        Files.writeString(Path.of("target", "screenshots", "save-timing.txt"), "Ctrl+S to saved confirmation: " + millis + " ms\n");

        // The history shows every revision and the difference.
        card("我市志愿服务再获嘉兴先进").click();
        press('h');
        WebElement history = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("history")));
        wait.until(d -> cellsText(history).contains("本报记者校对") || !d.findElements(By.cssSelector("#history-diff ins")).isEmpty());
        WebElement diff = driver.findElement(By.id("history-diff"));
        assertThat(diff.findElements(By.cssSelector("ins"))).isNotEmpty();
        // textContent, not getText(): the inserted words may sit below the dialog's scroll edge.
        assertThat(diff.findElements(By.cssSelector("ins")).stream().map(e -> e.getAttribute("textContent")).toList())
                .anyMatch(t -> t.contains("本报记者校对"));
        assertThat(cellsText(history)).contains("Segmenter").contains("Structure change").contains("Edit");
        Files.write(Path.of("target", "screenshots", "history.png"), driver.getScreenshotAs(OutputType.BYTES));
        new Actions(driver).sendKeys(Keys.ESCAPE).perform();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("history")));
        Files.write(Path.of("target", "screenshots", "page-editor.png"), driver.getScreenshotAs(OutputType.BYTES));
    }

    WebElement card(String headline) {
        // Cards carry data-article-id: the stable hook, whatever the layout.
        return wait.until(d -> d.findElements(By.cssSelector("#cards [data-article-id]")).stream()
                .filter(c -> c.getText().contains(headline)).findFirst().orElse(null));
    }

    void click(String id) {
        wait.until(ExpectedConditions.elementToBeClickable(By.id(id))).click();
    }

    String notifications() {
        return driver.findElements(By.cssSelector("vaadin-notification-card")).stream().map(WebElement::getText)
                .reduce("", (a, b) -> a + "|" + b);
    }

    /** An operation's shortcut, as a keyboard sends it: Alt and Shift held while the letter goes down and up. */
    void press(char letter) {
        new Actions(driver).keyDown(Keys.ALT).keyDown(Keys.SHIFT).sendKeys(String.valueOf(letter)).keyUp(Keys.SHIFT).keyUp(Keys.ALT).perform();
    }

    static String cellsText(WebElement grid) {
        return grid.findElements(By.cssSelector("vaadin-grid-cell-content")).stream().map(WebElement::getText)
                .reduce("", (a, b) -> a + "|" + b);
    }

    void clickGridCell(WebElement grid, String text) {
        List<WebElement> cells = grid.findElements(By.cssSelector("vaadin-grid-cell-content"));
        cells.stream().filter(c -> c.getText().equals(text)).findFirst().orElseThrow().click();
    }
}
