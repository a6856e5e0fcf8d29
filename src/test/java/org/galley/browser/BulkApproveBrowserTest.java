package org.galley.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.galley.article.Article;
import org.galley.article.ArticleService;
import org.galley.article.ArticleState;
import org.galley.importing.ImportResult;
import org.galley.importing.ImportService;
import org.galley.importing.PageFile;
import org.galley.issue.NewIssue;
import org.galley.security.Role;
import org.galley.security.UserService;
import org.galley.support.IntegrationTest;
import org.galley.support.TestData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Approve a whole page with the keyboard and a click: Alt+Shift+B opens the dialog with the page's articles
 * ticked, "Approve selected" approves them, and the article someone saved meanwhile is named as left out.
 */
@IntegrationTest
class BulkApproveBrowserTest {

    @LocalServerPort
    int port;
    @Autowired
    UserService users;
    @Autowired
    ImportService importer;
    @Autowired
    ArticleService articles;
    ChromeDriver driver;

    @AfterEach
    void quit() {
        if (driver != null) {
            driver.quit();
        }
    }

    @Test
    void anEditorApprovesAPageAndSeesTheStaleArticleNamed() throws Exception {
        Browser.assumeInstalled();
        String name = "bulk" + UUID.randomUUID().toString().substring(0, 6);
        TestData.asUser("admin", "ROLE_ADMIN", () -> users.create(name, name, "editor-pass-12", Role.EDITOR));
        byte[] seed;
        try (InputStream in = getClass().getResourceAsStream("/importing/seed.txt")) {
            seed = in.readAllBytes();
        }
        ImportResult page = TestData.asUser("importer", "ROLE_CORRECTOR", () -> importer.importIssue(
                new NewIssue("Bulk " + UUID.randomUUID(), LocalDate.of(2023, 4, 4), "", null, "zh"),
                List.of(new PageFile("p1.txt", seed)), null));
        long pageId = page.pageIds().get(0);
        List<Article> onPage = TestData.asUser("reader", "ROLE_CORRECTOR", () -> articles.byPage(pageId));
        assertThat(onPage).hasSizeGreaterThan(2);

        driver = Browser.start();
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(90));
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
        driver.get("http://localhost:" + port + "/login");
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#vaadinLoginUsername input"))).sendKeys(name);
        driver.findElement(By.cssSelector("#vaadinLoginPassword input")).sendKeys("editor-pass-12");
        driver.findElement(By.cssSelector("vaadin-login-form vaadin-button")).click();
        wait.until(d -> !d.getCurrentUrl().contains("/login"));
        driver.get("http://localhost:" + port + "/pages/" + pageId);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#cards [data-article-id]")));

        new Actions(driver).keyDown(Keys.ALT).keyDown(Keys.SHIFT).sendKeys("b").keyUp(Keys.SHIFT).keyUp(Keys.ALT).perform();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("bulk-approve-choice")));
        // Someone saves one of the page's articles while the editor looks at the list.
        Article stale = onPage.get(1);
        TestData.asUser("other", "ROLE_CORRECTOR", () -> articles.save(stale.id(), stale.revision(),
                stale.content().withHeadline("Changed meanwhile"), null));

        wait.until(ExpectedConditions.elementToBeClickable(By.id("bulk-approve-ok"))).click();

        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("bulk-approve-result")));
        assertThat(wait.until(ExpectedConditions.presenceOfElementLocated(By.id("bulk-skipped-" + stale.id())))
                .getAttribute("textContent")).contains(String.valueOf(stale.id()));
        for (Article a : onPage) {
            ArticleState now = TestData.asUser("reader", "ROLE_CORRECTOR", () -> articles.get(a.id()).state());
            assertThat(now).as("article %d", a.id()).isEqualTo(a.id() == stale.id() ? ArticleState.DRAFT : ArticleState.APPROVED);
        }
    }
}
