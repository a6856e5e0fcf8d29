package org.galley.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.galley.support.IntegrationTest;

/** A real browser: log in as the admin, see the demo issue, log out. */
@IntegrationTest
class LoginFlowBrowserTest {

    @LocalServerPort
    int port;
    ChromeDriver driver;

    @AfterEach
    void quit() {
        Browser.quit(driver);
    }

    @Test
    void logInSeeTheDemoIssueAndLogOut() throws Exception {
        driver = Browser.start();
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(60));
        driver.get("http://localhost:" + port + "/");

        wait.until(d -> d.getCurrentUrl().endsWith("/login"));
        Browser.submitLogIn(driver, wait, "admin", "test-admin-password");
        WebElement grid = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("issues")));
        wait.until(d -> grid.getText().contains("Demo · 平湖") || textOfGrid(d, grid).contains("Demo · 平湖"));
        Path shot = Path.of("target", "screenshots", "issues.png");
        Files.createDirectories(shot.getParent());
        Files.write(shot, driver.getScreenshotAs(OutputType.BYTES));

        wait.until(ExpectedConditions.elementToBeClickable(By.id("logout"))).click();
        wait.until(d -> d.getCurrentUrl().endsWith("/login"));
        driver.get("http://localhost:" + port + "/");
        wait.until(d -> d.getCurrentUrl().endsWith("/login"));
        assertThat(driver.getCurrentUrl()).endsWith("/login");
    }

    static String textOfGrid(org.openqa.selenium.WebDriver d, WebElement grid) {
        Object text = ((JavascriptExecutor) d).executeScript(
                "return Array.from(arguments[0].querySelectorAll('vaadin-grid-cell-content')).map(c => c.textContent).join('|')", grid);
        return String.valueOf(text);
    }
}
