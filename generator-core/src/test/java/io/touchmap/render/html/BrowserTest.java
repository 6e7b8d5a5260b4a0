package io.touchmap.render.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import io.touchmap.Touchmap;
import io.touchmap.report.Report;
import io.touchmap.render.ReportSettings;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Opens the rendered site from {@code file://} in headless Chromium, as a reader would, and checks it with axe-core.
 * Uses the system's Chromium and its driver so nothing is downloaded; skips only outside CI when they are missing.
 */
class BrowserTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    /** The example site's map, which the README shows. */
    private static final Path EXAMPLE = Path.of("../example-site/src/touchmap");

    @TempDir
    static Path dir;
    private static Path site;
    private static WebDriver browser;

    @BeforeAll
    static void open() throws Exception {
        boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (!installed) {
            if ("true".equals(System.getenv("CI"))) {
                throw new AssertionError("CI=true but " + CHROMIUM + " or " + CHROMEDRIVER + " is missing");
            }
            Assumptions.abort("Chromium is not installed at " + CHROMIUM + " with " + CHROMEDRIVER);
        }
        site = dir.resolve("site");
        Report.write(Fixtures.load("site-map"), java.util.List.of(new HtmlFormat()),
                ReportSettings.DEFAULT.withHistory(Fixtures.history(Fixtures.load("site-map"))), site);
        Report.write(Touchmap.load(EXAMPLE), List.of(new HtmlFormat()), ReportSettings.DEFAULT, dir.resolve("example"));
        Report.write(Fixtures.load("ten-stages"), List.of(new HtmlFormat()), ReportSettings.DEFAULT, dir.resolve("ten-stages"));
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--window-size=1400,1000");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build();
        browser = new ChromeDriver(service, options);
    }

    @AfterAll
    static void close() {
        if (browser != null) {
            browser.quit();
        }
    }

    private static void go(String page) {
        browser.get(site.resolve(page).toUri().toString());
    }

    @Test
    void indexShowsTheGridStyledWithOneCellPerStageAndChannelAndItsLinksLeadToTouchpoints() {
        browser.manage().window().setSize(new Dimension(1400, 1000));
        go("index.html");
        assertEquals("Corner Bakery touchpoints", browser.getTitle());
        assertEquals(12, browser.findElements(By.cssSelector("table#grid tbody:not(.lanes) td")).size());
        assertEquals("sticky", browser.findElement(By.cssSelector("table#grid tr.stages th")).getCssValue("position"));
        browser.findElement(By.linkText("Shop window")).click();
        assertTrue(browser.getCurrentUrl().endsWith("/touchpoints/shop-window.html"), browser.getCurrentUrl());
        assertEquals("Shop window", browser.findElement(By.tagName("h1")).getText());
        assertTrue((Boolean) ((JavascriptExecutor) browser).executeScript(
                "const img = document.querySelector('figure.chart img'); return img.complete && img.naturalWidth > 0;"),
                "the KPI chart loads from file://");
    }

    @Test
    void onAPhoneTheGridScrollsInsideItsBoxAndThePageDoesNot() {
        browser.manage().window().setSize(new Dimension(390, 844));
        go("index.html");
        JavascriptExecutor js = (JavascriptExecutor) browser;
        long gridOverflow = (Long) js.executeScript("const g = document.querySelector('.grid-scroll'); return g.scrollWidth - g.clientWidth;");
        long pageOverflow = (Long) js.executeScript("return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        assertTrue(gridOverflow > 0, "the grid is wider than a phone and scrolls");
        assertEquals(0, pageOverflow, "the page itself does not scroll sideways");
    }

    private static long overflow(String element) {
        return (Long) ((JavascriptExecutor) browser).executeScript(
                "const g = document.querySelector(arguments[0]); return g.scrollWidth - g.clientWidth;", element);
    }

    @Test
    void onALaptopTheWholeStageAxisOfTheExampleAndOfTenStagesShowsWithoutScrollingSideways() {
        browser.manage().window().setSize(new Dimension(1440, 900));
        for (String map : List.of("example", "ten-stages")) {
            browser.get(dir.resolve(map).resolve("index.html").toUri().toString());
            assertEquals(0, overflow(".grid-scroll"), map + ": the grid is as wide as its box");
            assertEquals(0, overflow("html"), map + ": the page does not scroll sideways");
            // no stage name is broken inside a word: each header is at least as wide as its longest word
            assertEquals(List.of(), ((JavascriptExecutor) browser).executeScript(
                    "return [...document.querySelectorAll('table#grid tr.stages th')].filter(th => th.scrollWidth > th.clientWidth)"
                            + ".map(th => th.textContent);"), map);
        }
        assertEquals("none", browser.findElement(By.cssSelector("table#grid li.card a")).getCssValue("text-decoration-line"));
        assertEquals("sticky", browser.findElement(By.cssSelector("table#grid tr.stages th")).getCssValue("position"));
    }

    @Test
    void theEmotionCurveSpansTheStageColumnsSoEachPointSitsOverItsStage() {
        browser.manage().window().setSize(new Dimension(1440, 900));
        browser.get(dir.resolve("example").resolve("index.html").toUri().toString());
        JavascriptExecutor js = (JavascriptExecutor) browser;
        long offset = (Long) js.executeScript("const img = document.querySelector('tr.lane-curve img').getBoundingClientRect();"
                + " const heads = [...document.querySelectorAll('table#grid tr.stages th')].map(th => th.getBoundingClientRect());"
                + " return Math.round(Math.abs(img.left - heads[0].left) + Math.abs(img.right - heads[heads.length - 1].right));");
        assertTrue(offset <= 2, "the curve is " + offset + " px off the stage columns (a border's width at most)");
        assertTrue((Boolean) js.executeScript("const img = document.querySelector('tr.lane-curve img'); return img.complete && img.naturalWidth > 0;"),
                "the curve loads from file://");
    }

    @Test
    void aThousandTouchpointsGiveAnIndexUnder200KilobytesWithAnOverviewGridUnder900PixelsTall() throws Exception {
        Path large = dir.resolve("large");
        Report.write(Touchmap.load(LargeMap.write(dir.resolve("large-map"), 1_000)), List.of(new HtmlFormat()), ReportSettings.DEFAULT, large);
        assertTrue(Files.size(large.resolve("index.html")) < 200_000, Files.size(large.resolve("index.html")) + " bytes");
        browser.manage().window().setSize(new Dimension(1440, 900));
        browser.get(large.resolve("index.html").toUri().toString());
        long height = (Long) ((JavascriptExecutor) browser).executeScript("return Math.ceil(document.querySelector('table#grid').getBoundingClientRect().height);");
        assertTrue(height < 900, "the overview grid is " + height + " px tall");
        assertEquals(0, overflow(".grid-scroll"));
        Results results = new AxeBuilder().analyze(browser);
        assertEquals(List.of(), results.getViolations().stream()
                .filter(rule -> "serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact()))
                .map(rule -> rule.getId() + " " + targets(rule)).toList());
    }

    @Test
    void theExamplesHeaderIsInItsBrandColourWithItsLogoLoadedAndStaysAxeClean() {
        browser.manage().window().setSize(new Dimension(1440, 900));
        browser.get(dir.resolve("example/index.html").toUri().toString());
        assertEquals("rgba(35, 57, 91, 1)", browser.findElement(By.cssSelector("header.site")).getCssValue("background-color"));
        assertEquals("rgba(255, 255, 255, 1)", browser.findElement(By.cssSelector("header.site .brand a")).getCssValue("color"));
        assertEquals("rgba(156, 63, 20, 1)", browser.findElement(By.cssSelector("main a")).getCssValue("color"));
        JavascriptExecutor js = (JavascriptExecutor) browser;
        assertEquals(List.of(true, 40L), js.executeScript("const img = document.querySelector('header.site img.logo');"
                + " return [img.complete && img.naturalWidth === 128, Math.round(img.getBoundingClientRect().height)];"));
        Results results = new AxeBuilder().analyze(browser);
        assertEquals(List.of(), results.getViolations().stream()
                .filter(rule -> "serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact()))
                .map(rule -> rule.getId() + " " + targets(rule)).toList());
    }

    @Test
    void axeFindsNoSeriousOrCriticalViolationOnAnyKindOfPage() {
        browser.manage().window().setSize(new Dimension(1400, 1000));
        for (String page : List.of("index.html", "touchpoints/shop-window.html", "kpis/footfall.html", "stages/purchase.html",
                "channels/shop.html", "personas/commuter.html", "kpis.html", "value-proposition.html", "competitors.html", "warnings.html", "history.html")) {
            go(page);
            Results results = new AxeBuilder().analyze(browser);
            assertTrue(results.getPasses().size() > 10, page + ": axe ran its rules");
            List<String> serious = results.getViolations().stream()
                    .filter(rule -> "serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact()))
                    .map(rule -> page + ": " + rule.getId() + " " + rule.getHelp() + " " + targets(rule))
                    .toList();
            assertEquals(List.of(), serious);
        }
    }

    private static String targets(Rule rule) {
        return rule.getNodes().stream().map(n -> String.valueOf(n.getTarget())).limit(3).toList().toString();
    }

}
