package io.touchmap.render.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
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
        assertEquals(12, browser.findElements(By.cssSelector("table#grid tbody td")).size());
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

    @Test
    void axeFindsNoSeriousOrCriticalViolationOnAnyKindOfPage() {
        browser.manage().window().setSize(new Dimension(1400, 1000));
        for (String page : List.of("index.html", "touchpoints/shop-window.html", "kpis/footfall.html", "stages/purchase.html",
                "personas/commuter.html", "value-proposition.html", "competitors.html", "warnings.html", "history.html")) {
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
