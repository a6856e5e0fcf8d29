package org.galley.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.galley.article.Article;
import org.galley.article.ArticleService;
import org.galley.article.ArticleState;
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
    TestData data;
    @Autowired
    ArticleService articles;
    ChromeDriver driver;

    @AfterEach
    void quit() {
        Browser.quit(driver);
    }

    @Test
    void anEditorApprovesAPageAndSeesTheStaleArticleNamed() throws Exception {
        Browser.assumeInstalled();
        String name = Browser.newUser(users, "bulk", Role.EDITOR);
        long pageId = data.importSeedPage("Bulk", LocalDate.of(2023, 4, 4)).pageIds().get(0);
        List<Article> onPage = TestData.asUser("reader", "ROLE_CORRECTOR", () -> articles.byPage(pageId));
        assertThat(onPage).hasSizeGreaterThan(2);

        driver = Browser.start();
        WebDriverWait wait = Browser.waitFor(driver, Duration.ofSeconds(90));
        Browser.logIn(driver, wait, port, name);
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
