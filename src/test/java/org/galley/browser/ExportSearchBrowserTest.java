package org.galley.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.galley.article.ArticleContent;
import org.galley.article.Byline;
import org.galley.publishing.export.ExportArticle;
import org.galley.publishing.export.ExportFiles;
import org.galley.publishing.export.ExportIssue;
import org.galley.publishing.export.IssueExporter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * An exported issue, unzipped and opened from file:// in Chromium: typing into its search box (real key presses)
 * lists the matching articles with the matches marked; traditional script finds simplified text, English is
 * matched by whole words whatever the case, and markup in an article stays text.
 */
class ExportSearchBrowserTest {

    @TempDir
    Path dir;
    ChromeDriver driver;

    static ExportArticle article(long id, String headline, String paragraph) {
        ArticleContent c = ArticleContent.of("news", null, headline, null, new Byline(List.of(), List.of(), List.of()),
                null, List.of(paragraph), null, false, List.of());
        return new ExportArticle(id, 1, (int) id, null, 1, c, Instant.parse("2023-03-01T08:00:00Z"), "editor");
    }

    @BeforeEach
    void openTheUnzippedExport() throws Exception {
        Browser.assumeInstalled();
        ExportIssue issue = new ExportIssue(1, "平湖日报", "zh", LocalDate.of(2023, 3, 1), "", "12", 1,
                Instant.parse("2023-03-01T09:30:00Z"), "editor", List.of(
                        article(1, "独山港区新建码头", "本报讯 独山港区的新码头昨日开工，预计明年投入使用。"),
                        article(2, "平湖发布新报纸", "平湖市今日发布一份新的报纸，面向全市读者。"),
                        article(3, "Towing Companies Lay Off Craft", "The TUGBOAT owners met <script>alert(1)</script> in the harbor; tugboats idle."),
                        article(4, "Tugboatmen strike", "The strike of the tugboatmen went on.")));
        for (Map.Entry<String, String> e : ExportFiles.unzip(IssueExporter.exportZip(issue)).entrySet()) {
            Path file = dir.resolve(e.getKey());
            Files.createDirectories(file.getParent());
            Files.writeString(file, e.getValue(), StandardCharsets.UTF_8);
        }
        driver = Browser.start();
        driver.get(dir.resolve("index.html").toUri().toString());
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> d.findElement(By.id("search")).isDisplayed());
    }

    @AfterEach
    void quit() {
        Browser.quit(driver);
    }

    void type(String text) {
        WebElement box = driver.findElement(By.id("search-query"));
        box.click();
        new Actions(driver).keyDown(Keys.CONTROL).sendKeys("a").keyUp(Keys.CONTROL).sendKeys(Keys.BACK_SPACE).perform();
        new Actions(driver).sendKeys(text).perform();
    }

    List<String> resultTitles() {
        return driver.findElements(By.cssSelector("#search-results li > a")).stream().map(WebElement::getText).toList();
    }

    List<String> marks() {
        return driver.findElements(By.cssSelector("#search-results mark")).stream().map(WebElement::getText).toList();
    }

    @Test
    void aTraditionalQueryFindsTheSimplifiedArticleAndMarksTheMatch() {
        type("報紙");
        new WebDriverWait(driver, Duration.ofSeconds(5)).until(d -> resultTitles().equals(List.of("平湖发布新报纸")));
        assertThat(marks()).contains("报纸");
        assertThat(driver.findElement(By.id("search-status")).getText()).isEqualTo("找到 1 篇文章");
        assertThat(driver.findElement(By.cssSelector("#search-results li > a")).getAttribute("href")).startsWith("file:").endsWith(".html");
    }

    @Test
    void aTwoCharacterQueryMatchesInsideWordsAndAFullWidthEnglishWordMatchesWholeWordsOnly() {
        type("港区");
        new WebDriverWait(driver, Duration.ofSeconds(5)).until(d -> resultTitles().equals(List.of("独山港区新建码头")));
        type("ｔｕｇｂｏａｔ");
        new WebDriverWait(driver, Duration.ofSeconds(5)).until(d -> resultTitles().equals(List.of("Towing Companies Lay Off Craft")));
        assertThat(marks()).containsExactly("TUGBOAT");
        // Markup in the article is shown as text, never run.
        assertThat(driver.findElement(By.cssSelector("#search-results .snippet")).getText()).contains("<script>alert(1)</script>");
        assertThat(driver.findElements(By.cssSelector("#search-results script"))).isEmpty();
        try {
            driver.switchTo().alert();
            throw new AssertionError("an alert ran");
        } catch (NoAlertPresentException expected) {
            // nothing ran
        }
    }

    /** As on the server: "-word" leaves articles out and OR takes either; they used to be words that must occur. */
    @Test
    void aMinusWordLeavesArticlesOutAndOrTakesEitherWord() {
        type("the -strike");
        new WebDriverWait(driver, Duration.ofSeconds(5)).until(d -> resultTitles().equals(List.of("Towing Companies Lay Off Craft")));
        type("码头 OR 報紙");
        new WebDriverWait(driver, Duration.ofSeconds(5)).until(d -> resultTitles().equals(List.of("独山港区新建码头", "平湖发布新报纸")));
        type("平湖 -\"新的报纸\"");
        new WebDriverWait(driver, Duration.ofSeconds(5)).until(d -> d.findElement(By.id("search-status")).getText().equals("没有找到文章"));
        assertThat(resultTitles()).isEmpty();
    }

    @Test
    void aQueryNothingMatchesSaysSoAndClearingItEmptiesTheList() {
        type("tugboat 报纸");
        new WebDriverWait(driver, Duration.ofSeconds(5)).until(d -> d.findElement(By.id("search-status")).getText().equals("没有找到文章"));
        assertThat(resultTitles()).isEmpty();
        type("strike");
        new WebDriverWait(driver, Duration.ofSeconds(5)).until(d -> resultTitles().equals(List.of("Tugboatmen strike")));
    }
}
