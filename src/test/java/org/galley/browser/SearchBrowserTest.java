package org.galley.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
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
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A corrector types a word into the header's search box, presses Enter, sees the article with the match marked,
 * and opens it: the page editor shows that article selected.
 */
@IntegrationTest
class SearchBrowserTest {

    @LocalServerPort
    int port;
    @Autowired
    UserService users;
    @Autowired
    ImportService importing;
    ChromeDriver driver;

    @AfterEach
    void quit() {
        Browser.quit(driver);
    }

    @Test
    void searchFromTheHeaderAndOpenTheResult() throws Exception {
        Browser.assumeInstalled();
        String word = "quernstone" + UUID.randomUUID().toString().substring(0, 6).replaceAll("[0-9-]", "x");
        String page = "Old mill reopens\n\nThe " + word + " of the old mill turns again after forty years, the miller said.\n";
        TestData.asUser("c", "ROLE_CORRECTOR", () -> importing.importIssue(
                new NewIssue("Search browser " + UUID.randomUUID(), LocalDate.of(1977, 7, 7), "", null, null),
                List.of(new PageFile("001.txt", page.getBytes(StandardCharsets.UTF_8))), null));
        String name = Browser.newUser(users, "srch", Role.CORRECTOR);
        driver = Browser.start();
        WebDriverWait wait = Browser.waitFor(driver, Duration.ofSeconds(60));
        Browser.logIn(driver, wait, port, name);

        WebElement box = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#header-search input")));
        box.click();
        new Actions(driver).sendKeys(word.toUpperCase()).sendKeys(Keys.ENTER).perform();

        WebElement hit = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#search-results .galley-search-hit")));
        assertThat(driver.getCurrentUrl()).contains("/search?q=");
        assertThat(hit.findElement(By.cssSelector(".galley-search-snippet mark")).getText()).isEqualTo(word);
        assertThat(hit.findElement(By.cssSelector(".galley-search-where")).getText()).contains("1977");
        String articleId = hit.getDomAttribute("data-article");

        hit.findElement(By.cssSelector("a.galley-search-headline")).click();
        wait.until(d -> d.getCurrentUrl().contains("/pages/") && d.getCurrentUrl().contains("article=" + articleId));
        WebElement card = wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#cards [data-article-id='" + articleId + "']")));
        wait.until(d -> card.getDomAttribute("class") != null && card.getDomAttribute("class").contains("selected"));
        assertThat(driver.findElement(By.id("raw-page")).getText()).contains(word);
    }
}
