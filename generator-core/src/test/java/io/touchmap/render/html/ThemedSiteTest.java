package io.touchmap.render.html;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.touchmap.output.MemoryOutput;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;

/** A map's theme on the site: the header in the brand colour with the logo, links in the accent colour, no inline style. */
class ThemedSiteTest {

    @Test
    void everyPageHasTheBrandedHeaderWithTheLogoSizedFromItsFile() throws IOException {
        MemoryOutput site = Fixtures.render("themed-map");
        String index = new String(site.files().get("index.html"), StandardCharsets.UTF_8);
        assertTrue(index.contains("<header class=\"site branded\">\n<p class=\"brand with-logo\"><img class=\"logo\" src=\"logo.png\" "
                + "alt=\"Shop\" width=\"48\" height=\"24\"><a href=\"index.html\">Shop</a>"), index);
        String touchpoint = new String(site.files().get("touchpoints/checkout.html"), StandardCharsets.UTF_8);
        assertTrue(touchpoint.contains("<img class=\"logo\" src=\"../logo.png\" alt=\"Shop\" width=\"48\" height=\"24\">"), touchpoint);
        assertArrayEquals(Files.readAllBytes(Fixtures.directory("themed-map").resolve("logo.png")), site.files().get("logo.png"));
        String style = new String(site.files().get("style.css"), StandardCharsets.UTF_8);
        assertTrue(style.endsWith("\n/* The map's theme (map.theme). */\n:root { --brand: #23395b; --link: #0066cc; --focus: #0066cc; }\n"), style);
        assertTrue(site.files().keySet().stream().filter(p -> p.endsWith(".html"))
                .map(p -> new String(site.files().get(p), StandardCharsets.UTF_8))
                .noneMatch(page -> page.contains("style=") || page.contains("<style")), "no inline style");
    }

    @Test
    void aMapWithoutThemeKeepsTheDefaultHeaderAndStylesheet() throws IOException {
        MemoryOutput site = Fixtures.render("site-map");
        String index = new String(site.files().get("index.html"), StandardCharsets.UTF_8);
        assertTrue(index.contains("<header class=\"site\">\n<p class=\"brand\"><a href=\"index.html\">"), index);
        assertEquals(HtmlSite.resource("style.css"), new String(site.files().get("style.css"), StandardCharsets.UTF_8));
        assertTrue(site.files().keySet().stream().noneMatch(p -> p.startsWith("logo.")), site.files().keySet()::toString);
    }
}
