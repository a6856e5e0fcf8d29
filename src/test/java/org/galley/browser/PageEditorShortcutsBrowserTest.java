package org.galley.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.galley.article.Article;
import org.galley.article.ArticleService;
import org.galley.article.ArticleState;
import org.galley.importing.ImportResult;
import org.galley.security.Role;
import org.galley.security.UserService;
import org.galley.support.IntegrationTest;
import org.galley.support.TestData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
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
 * Every operation of the page editor through its Alt+Shift shortcut, pressed as a keyboard sends it (real key
 * down and up through ChromeDriver, so the browser reports key "S" with Shift held, not synthetic JS events),
 * and "?" typed with Shift. Each press is checked by what it does: the dialog it opens or the change it makes.
 * Lines and cards are found by their data-line and data-article-id attributes.
 */
@IntegrationTest
class PageEditorShortcutsBrowserTest {

    @LocalServerPort
    int port;
    @Autowired
    UserService users;
    @Autowired
    TestData data;
    @Autowired
    ArticleService articles;
    ChromeDriver driver;
    WebDriverWait wait;
    ImportResult page;

    @AfterEach
    void quit() {
        Browser.quit(driver);
    }

    @Test
    void everyShortcutWorksFromARealKeyboard() throws Exception {
        Browser.assumeInstalled();
        String name = Browser.newUser(users, "ed", Role.EDITOR);
        page = data.importSeedPage("Keys", LocalDate.of(2023, 3, 3));
        driver = Browser.start();
        driver.manage().window().setSize(new Dimension(1280, 720));
        // Cards are redrawn after each operation: an element read mid-redraw is looked up again on the next poll.
        wait = Browser.waitFor(driver, Duration.ofSeconds(60));
        Browser.logIn(driver, wait, port, name);
        driver.get("http://localhost:" + port + "/pages/" + page.pageIds().get(0));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#raw-page [data-line='426']")));
        // At 1280×720 the toolbar is one row: every top-level item at the same height.
        Object tops = driver.executeScript("return Array.from(document.querySelectorAll('#toolbar vaadin-menu-bar-button'))"
                + ".filter(b => b.offsetParent !== null).map(b => Math.round(b.getBoundingClientRect().top))");
        assertThat(((List<?>) tops).stream().distinct().count()).as("toolbar rows at 1280×720: %s", tops).isEqualTo(1);
        Files.createDirectories(Path.of("target", "screenshots"));
        Files.write(Path.of("target", "screenshots", "page-editor-1280x720.png"), driver.getScreenshotAs(OutputType.BYTES));

        // "?" always comes with Shift.
        new Actions(driver).keyDown(Keys.SHIFT).sendKeys("?").keyUp(Keys.SHIFT).perform();
        WebElement split = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("help-split")));
        // textContent: the dialog's rows may sit below its scroll edge.
        assertThat(split.getAttribute("textContent")).contains("Alt+Shift+S");
        assertThat(driver.findElement(By.id("help-approve")).getAttribute("textContent")).contains("Alt+Shift+O");
        closeDialog();

        long volunteer = articleId("我市志愿服务再获嘉兴先进");
        click(() -> card(volunteer));

        // Operations that open a dialog: the dialog's own field shows it opened for the right operation.
        pressExpectingDialog('E', "headline");
        pressExpectingDialog('H', "history");
        pressExpectingDialog('S', "paragraph-choice");
        pressExpectingDialog('V', "move-what");
        pressExpectingDialog('R', "paragraph-becomes");
        pressExpectingDialog('A', "leftover-choice");
        pressExpectingDialog('X', "reject-note");
        pressExpectingDialog('Z', "confirm-ok");
        assertThat(state(volunteer)).as("cancelled exclusion changes nothing").isNotEqualTo(ArticleState.EXCLUDED);

        // Order: down, then up again.
        int at = cardIds().indexOf(volunteer);
        press('J');
        wait.until(d -> cardIds().indexOf(volunteer) == at + 1);
        press('U');
        wait.until(d -> cardIds().indexOf(volunteer) == at);

        // Merge with next (the first article takes in the second), then the last with the one before it.
        int cards = cardIds().size();
        press('N');
        wait.until(d -> cardIds().size() == cards - 1);
        List<Long> ids = cardIds();
        long last = ids.get(ids.size() - 1);
        long merged = ids.get(ids.size() - 2);
        click(() -> card(last));
        press('P');
        wait.until(d -> cardIds().size() == cards - 2);
        assertThat(cardIds()).contains(merged, volunteer).doesNotContain(last);

        // Workflow: submit, approve, then exclude another article after confirming.
        click(() -> card(merged));
        press('D');
        wait.until(d -> state(merged) == ArticleState.CORRECTED);
        press('O');
        wait.until(d -> state(merged) == ArticleState.APPROVED);
        click(() -> card(volunteer));
        press('Z');
        wait.until(ExpectedConditions.elementToBeClickable(By.id("confirm-ok"))).click();
        wait.until(d -> state(volunteer) == ArticleState.EXCLUDED);

        // Lines: the orphan byline on line 5 becomes an article of its own, line 3 furniture.
        int before = cardIds().size();
        click(() -> line(5));
        press('C');
        wait.until(d -> cardIds().size() == before + 1);
        assertThat(line(5).getAttribute("data-article-id")).isNotNull();
        click(() -> line(3));
        press('F');
        wait.until(d -> line(3).getAttribute("class").contains("r-furniture"));
        Files.write(Path.of("target", "screenshots", "page-editor-after-shortcuts.png"), driver.getScreenshotAs(OutputType.BYTES));
    }

    void press(char letter) {
        new Actions(driver).keyDown(Keys.ALT).keyDown(Keys.SHIFT).sendKeys(String.valueOf(Character.toLowerCase(letter)))
                .keyUp(Keys.SHIFT).keyUp(Keys.ALT).perform();
    }

    void pressExpectingDialog(char letter, String fieldId) {
        press(letter);
        new WebDriverWait(driver, Duration.ofSeconds(60)).withMessage("Alt+Shift+" + letter + " opens its dialog").until(ExpectedConditions.presenceOfElementLocated(By.id(fieldId)));
        closeDialog();
    }

    /** Escape, again on each poll while a dialog is still open: one pressed before the dialog took focus is lost. */
    void closeDialog() {
        wait.until(d -> {
            if (d.findElements(By.cssSelector("vaadin-dialog-overlay[opened], vaadin-confirm-dialog-overlay[opened]")).isEmpty()) {
                return true;
            }
            new Actions(d).sendKeys(Keys.ESCAPE).perform();
            return false;
        });
    }

    long articleId(String headline) {
        return TestData.asUser("reader", "ROLE_CORRECTOR", () -> articles.byPage(page.pageIds().get(0)).stream()
                .filter(a -> headline.equals(a.content().headline())).findFirst().map(Article::id).orElseThrow());
    }

    ArticleState state(long id) {
        return TestData.asUser("reader", "ROLE_CORRECTOR", () -> articles.get(id).state());
    }

    /**
     * Finds and clicks again when the element was redrawn in between: the cards and lines are redrawn after every
     * change, and the database can show a change before the browser has drawn it.
     */
    void click(java.util.function.Supplier<WebElement> element) {
        wait.until(d -> {
            try {
                element.get().click();
                return true;
            } catch (org.openqa.selenium.StaleElementReferenceException redrawn) {
                return false;
            }
        });
    }

    WebElement card(long id) {
        return wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#cards [data-article-id='" + id + "']")));
    }

    WebElement line(int n) {
        return driver.findElement(By.cssSelector("#raw-page [data-line='" + n + "']"));
    }

    /** The cards' article ids in page order, read in one script: the cards are redrawn after every change. */
    List<Long> cardIds() {
        Object ids = driver.executeScript(
                "return Array.from(document.querySelectorAll('#cards [data-article-id]')).map(c => c.dataset.articleId)");
        return ((List<?>) ids).stream().map(id -> Long.parseLong(String.valueOf(id))).toList();
    }
}
