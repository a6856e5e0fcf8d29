package org.galley.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.galley.layout.LineBox;
import org.galley.security.Role;
import org.galley.security.UserService;
import org.galley.support.IntegrationTest;
import org.galley.support.ScanFixture;
import org.galley.support.TestData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The scan beside the text in a real browser, on a page with layout and a scan-sized image: clicking a line
 * outlines its box where the stored box lies on the image, selecting an article outlines its lines, a click on
 * the image picks the line under the pointer, and + zooms with the boxes staying on their lines. Prints the
 * page editor's open time with the image (cold: screen copy derived; warm: from the cache).
 */
@IntegrationTest
class ScanPaneBrowserTest {

    @LocalServerPort
    int port;
    @Autowired
    UserService users;
    @Autowired
    ScanFixture scans;
    @Autowired
    org.galley.importing.ImportService importer;
    @Autowired
    org.galley.layout.LayoutService layout;
    ChromeDriver driver;
    WebDriverWait wait;

    @AfterEach
    void quit() {
        Browser.quit(driver);
    }

    @Test
    void linesAndArticlesAreOutlinedOnTheScanAndAClickOnTheScanPicksALine() throws Exception {
        Browser.assumeInstalled();
        ScanFixture.Page page = scans.create(2, true);
        String name = Browser.newUser(users, "scan", Role.CORRECTOR);
        driver = Browser.start();
        wait = Browser.waitFor(driver, Duration.ofSeconds(60), Duration.ofMillis(10));
        Browser.logIn(driver, wait, port, name);

        ScanFixture.Page plain = scans.createWithoutLayout();
        long baseline = openPlain(plain);
        long baselineAgain = openPlain(plain);
        long cold = open(page);
        Object coldImage = imageRequestMillis();
        long warm = open(page);
        Object warmImage = imageRequestMillis();
        String timing = "Page editor open with a " + page.width() + "x" + page.height() + " scan ("
                + page.boxes().size() + " line boxes), navigation to image shown: cold " + cold + " ms (image request "
                + coldImage + " ms), warm " + warm + " ms (image request " + warmImage + " ms); the same page without"
                + " layout, navigation to raw lines shown: " + baseline + " ms, then " + baselineAgain + " ms";
        System.out.println(timing);
        Files.createDirectories(Path.of("target", "screenshots"));
        Files.writeString(Path.of("target", "screenshots", "scan-open-timing.txt"), timing + "\n");

        // Click a raw line: its box is outlined exactly where the stored box lies on the image.
        int line = js("return parseInt([...document.querySelectorAll('#raw-page .gl[data-article-id]')]"
                + ".filter(l => l.querySelector('.t').textContent.trim()).pop().dataset.line)");
        driver.findElement(By.cssSelector("#raw-page .gl[data-line='" + line + "'] .t")).click();
        wait.until(d -> hasClass(box(line), "pick"));
        assertPlaced(box(line), page.box(line), page);

        // Select the article that owns the first body line: all its lines are outlined, and only those.
        String article = driver.findElement(By.cssSelector("#raw-page .gl[data-line='5']")).getAttribute("data-article-id");
        driver.findElement(By.cssSelector("#cards [data-article-id='" + article + "']")).click();
        List<String> owned = driver.findElements(By.cssSelector("#raw-page .gl[data-article-id='" + article + "']")).stream()
                .filter(l -> !l.findElement(By.cssSelector(".t")).getText().isBlank()).map(l -> l.getAttribute("data-line")).toList();
        assertThat(owned).hasSizeGreaterThan(1);
        wait.until(d -> d.findElements(By.cssSelector("#scan .galley-box.sel")).size() == owned.size());
        assertThat(driver.findElements(By.cssSelector("#scan .galley-box.sel")).stream().map(b -> b.getAttribute("data-line")).toList())
                .containsExactlyInAnyOrderElementsOf(owned);
        for (String n : owned) {
            assertPlaced(box(Integer.parseInt(n)), page.box(Integer.parseInt(n)), page);
        }
        Files.write(Path.of("target", "screenshots", "scan-pane.png"), driver.getScreenshotAs(OutputType.BYTES));

        // Click on the image in the middle of line 5's box: line 5 is picked in the raw text.
        clickOnScan(page, page.box(5));
        wait.until(d -> hasClass(d.findElement(By.cssSelector("#raw-page .gl[data-line='5']")), "pick"));
        assertThat(driver.findElements(By.cssSelector("#raw-page .gl.pick"))).hasSize(1);

        // + zooms in (a key of the operations table); the boxes stay on their lines.
        driver.findElement(By.tagName("body")).click();
        new Actions(driver).sendKeys("+").perform();
        wait.until(d -> "1.250".equals(d.findElement(By.id("scan")).getAttribute("data-zoom")));
        // 125 % of the pane's inner width (a scroll bar may have appeared with the zoom).
        double paneWidth = ((Number) js("return document.getElementById('scan').clientWidth")).doubleValue();
        assertThat(num(rect(driver.findElement(By.cssSelector("#scan .galley-scan-page"))), "width")).isCloseTo(paneWidth * 1.25, within(2.0));
        assertPlaced(box(5), page.box(5), page);
        clickOnScan(page, page.box(line));
        wait.until(d -> hasClass(d.findElement(By.cssSelector("#raw-page .gl[data-line='" + line + "']")), "pick"));
    }

    @Test
    void anImportedNdnpPageShowsItsScanAndOutlinesTheLinesOfAClickedLineAndASelectedArticle() throws Exception {
        Browser.assumeInstalled();
        // The Park Record page 1289 as NDNP ships it: ALTO (inch1200) and its scan, through the real importer.
        List<org.galley.importing.PageFile> files = List.of(
                new org.galley.importing.PageFile("1289.xml", resource("1289.xml")),
                new org.galley.importing.PageFile("1289.jpg", resource("1289.jpg")));
        long pageId = TestData.asUser("ndnp-importer", "ROLE_CORRECTOR", () -> importer.importIssue(
                new org.galley.issue.NewIssue("Park Record " + UUID.randomUUID(), java.time.LocalDate.of(1935, 8, 2), "", null, "en"),
                files, null)).pageIds().get(0);
        org.galley.layout.PageGeometry g = TestData.asUser("ndnp-importer", "ROLE_CORRECTOR", () -> layout.geometry(pageId)).orElseThrow();
        assertThat(g.unit()).isEqualTo("inch1200");
        ScanFixture.Page page = new ScanFixture.Page(0, pageId, List.of(), g.lines(), (int) g.width(), (int) g.height());
        String name = Browser.newUser(users, "ndnp", Role.CORRECTOR);
        driver = Browser.start();
        wait = Browser.waitFor(driver, Duration.ofSeconds(60), Duration.ofMillis(10));
        Browser.logIn(driver, wait, port, name);
        open(page);

        // A line of an article that has a box: click it in the raw text, its box is outlined where ALTO put it.
        java.util.Set<Integer> boxed = new java.util.HashSet<>(g.lines().stream().map(org.galley.layout.LineBox::line).toList());
        List<WebElement> owned = driver.findElements(By.cssSelector("#raw-page .gl[data-article-id]"));
        WebElement raw = owned.stream().filter(l -> boxed.contains(Integer.parseInt(l.getAttribute("data-line")))
                && !l.findElement(By.cssSelector(".t")).getText().isBlank()).findFirst().orElseThrow();
        int line = Integer.parseInt(raw.getAttribute("data-line"));
        String article = raw.getAttribute("data-article-id");
        raw.findElement(By.cssSelector(".t")).click();
        wait.until(d -> hasClass(box(line), "pick"));
        assertPlaced(box(line), page.box(line), page);

        // Select that article: exactly its boxed lines are outlined, each where its box lies.
        driver.findElement(By.cssSelector("#cards [data-article-id='" + article + "']")).click();
        List<String> lines = driver.findElements(By.cssSelector("#raw-page .gl[data-article-id='" + article + "']")).stream()
                .map(l -> l.getAttribute("data-line")).filter(n -> boxed.contains(Integer.parseInt(n))).toList();
        wait.until(d -> d.findElements(By.cssSelector("#scan .galley-box.sel")).size() == lines.size());
        assertThat(driver.findElements(By.cssSelector("#scan .galley-box.sel")).stream().map(b -> b.getAttribute("data-line")).toList())
                .containsExactlyInAnyOrderElementsOf(lines);
        for (String n : lines) {
            assertPlaced(box(Integer.parseInt(n)), page.box(Integer.parseInt(n)), page);
        }
        Files.createDirectories(Path.of("target", "screenshots"));
        Files.write(Path.of("target", "screenshots", "scan-pane-ndnp.png"), driver.getScreenshotAs(OutputType.BYTES));
    }

    static byte[] resource(String name) throws java.io.IOException {
        try (java.io.InputStream in = ScanPaneBrowserTest.class.getResourceAsStream("/layout/" + name)) {
            return in.readAllBytes();
        }
    }

    /** Opens the page editor and answers the milliseconds until the scan's image is shown with its boxes. */
    long open(ScanFixture.Page page) {
        driver.get("about:blank");
        long start = System.nanoTime();
        driver.get("http://localhost:" + port + "/pages/" + page.pageId());
        wait.until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                "const i = document.querySelector('#scan img'); return !!i && i.complete && i.naturalWidth > 0"
                        + " && document.querySelectorAll('#scan .galley-box').length === " + page.boxes().size())));
        return (System.nanoTime() - start) / 1_000_000;
    }

    long openPlain(ScanFixture.Page page) {
        driver.get("about:blank");
        long start = System.nanoTime();
        driver.get("http://localhost:" + port + "/pages/" + page.pageId());
        wait.until(d -> d.findElements(By.cssSelector("#raw-page .gl")).size() == page.lines().size());
        return (System.nanoTime() - start) / 1_000_000;
    }

    /** The image request's duration as the browser measured it (Resource Timing). */
    Object imageRequestMillis() {
        return js("const r = performance.getEntriesByType('resource').filter(e => e.initiatorType === 'img');"
                + " return r.length ? Math.round(r[r.length - 1].duration) : -1");
    }

    WebElement box(int line) {
        return driver.findElement(By.cssSelector("#scan .galley-box[data-line='" + line + "']"));
    }

    void clickOnScan(ScanFixture.Page page, LineBox target) {
        WebElement img = driver.findElement(By.cssSelector("#scan img"));
        js("arguments[0].scrollIntoView({block: 'center', inline: 'center'})", box(target.line()));
        Map<String, Object> r = rect(img);
        double w = ((Number) r.get("width")).doubleValue();
        double h = ((Number) r.get("height")).doubleValue();
        // Selenium offsets are from the element's centre.
        int dx = (int) Math.round((target.x() + target.width() / 2) / page.width() * w - w / 2);
        int dy = (int) Math.round((target.y() + target.height() / 2) / page.height() * h - h / 2);
        new Actions(driver).moveToElement(img, dx, dy).click().perform();
    }

    /** The outline's rectangle is the stored box scaled to the image as shown (within a pixel). */
    void assertPlaced(WebElement box, LineBox stored, ScanFixture.Page page) {
        Map<String, Object> img = rect(driver.findElement(By.cssSelector("#scan img")));
        Map<String, Object> b = rect(box);
        double sx = num(img, "width") / page.width();
        double sy = num(img, "height") / page.height();
        assertThat(num(b, "left") - num(img, "left")).isCloseTo(stored.x() * sx, within(1.0));
        assertThat(num(b, "top") - num(img, "top")).isCloseTo(stored.y() * sy, within(1.0));
        assertThat(num(b, "width")).isCloseTo(stored.width() * sx, within(1.0));
        assertThat(num(b, "height")).isCloseTo(stored.height() * sy, within(1.0));
    }

    @SuppressWarnings("unchecked")
    Map<String, Object> rect(WebElement e) {
        return (Map<String, Object>) ((JavascriptExecutor) driver).executeScript(
                "const r = arguments[0].getBoundingClientRect(); return {left: r.left, top: r.top, width: r.width, height: r.height};", e);
    }

    static double num(Map<String, Object> m, String k) {
        return ((Number) m.get(k)).doubleValue();
    }

    @SuppressWarnings("unchecked")
    <T> T js(String script, Object... args) {
        Object v = ((JavascriptExecutor) driver).executeScript(script, args);
        return v instanceof Long l && script.contains("parseInt") ? (T) Integer.valueOf(l.intValue()) : (T) v;
    }

    static boolean hasClass(WebElement e, String c) {
        return List.of(e.getAttribute("class").split(" ")).contains(c);
    }
}
