package org.galley.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
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
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Find and replace, typed with real key presses: each match's context shows the old text struck through and the
 * new one marked. Unstyled, "平湖市" followed by "平湖市QA" read as if the page said it twice.
 */
@IntegrationTest
class FindReplaceBrowserTest {

    @LocalServerPort
    int port;
    @Autowired
    UserService users;
    @Autowired
    ImportService importer;
    ChromeDriver driver;

    @AfterEach
    void quit() {
        if (driver != null) {
            driver.quit();
        }
    }

    @Test
    void theContextOfAMatchShowsTheOldTextStruckThroughAndTheNewOneApart() throws Exception {
        Browser.assumeInstalled();
        String name = "fr" + UUID.randomUUID().toString().substring(0, 6);
        TestData.asUser("admin", "ROLE_ADMIN", () -> users.create(name, name, "editor-pass-12", Role.EDITOR));
        byte[] seed;
        try (InputStream in = getClass().getResourceAsStream("/importing/seed.txt")) {
            seed = in.readAllBytes();
        }
        ImportResult page = TestData.asUser("importer", "ROLE_CORRECTOR", () -> importer.importIssue(
                new NewIssue("Replace " + UUID.randomUUID(), LocalDate.of(2023, 4, 5), "", null, "zh"),
                List.of(new PageFile("p1.txt", seed)), null));

        driver = Browser.start();
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(90));
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
        driver.get("http://localhost:" + port + "/login");
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#vaadinLoginUsername input"))).sendKeys(name);
        driver.findElement(By.cssSelector("#vaadinLoginPassword input")).sendKeys("editor-pass-12");
        driver.findElement(By.cssSelector("vaadin-login-form vaadin-button")).click();
        wait.until(d -> !d.getCurrentUrl().contains("/login"));
        driver.get("http://localhost:" + port + "/issues/" + page.issueId() + "/replace");
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#replace-find input"))).click();
        new Actions(driver).sendKeys("平湖市").sendKeys(Keys.TAB).sendKeys("平湖市QA").sendKeys(Keys.ENTER).perform();

        WebElement old = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".galley-replace-old")));
        WebElement now = driver.findElement(By.cssSelector(".galley-replace-new"));
        assertThat(old.getText()).isEqualTo("平湖市");
        assertThat(now.getText()).isEqualTo("平湖市QA");
        assertThat(old.getCssValue("text-decoration-line")).isEqualTo("line-through");
        assertThat(now.getCssValue("text-decoration-line")).isEqualTo("none");
        assertThat(now.getCssValue("background-color")).as("the new text is marked").isNotEqualTo(old.getCssValue("background-color"))
                .isNotIn("rgba(0, 0, 0, 0)", "transparent");
    }
}
