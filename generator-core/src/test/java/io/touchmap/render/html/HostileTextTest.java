package io.touchmap.render.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.touchmap.output.MemoryOutput;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Node;

/** Text from the YAML never becomes markup, script, a dangerous link or a reordering of the page's text. */
class HostileTextTest {

    private static Map<String, String> pages;

    @BeforeAll
    static void render() throws IOException {
        MemoryOutput output = Fixtures.render("hostile-map");
        pages = new TreeMap<>();
        output.files().keySet().stream().filter(p -> p.endsWith(".html")).forEach(p -> pages.put(p, output.text(p)));
    }

    @Test
    void noPageHasAnElementOrEventHandlerThatTheTemplatesDoNotWrite() {
        pages.forEach((path, html) -> {
            HtmlPage page = HtmlPage.parse(html);
            assertEquals(0, page.count("//h:script | //h:iframe | //h:marquee | //h:svg | //h:b | //h:i | //h:u"), path);
            assertEquals(List.of(), page.texts("//@*[starts-with(name(), 'on')]"), path);
            assertEquals(List.of(), page.texts("//h:img[not(starts-with(@src, 'charts/') or starts-with(@src, '../charts/'))]/@src"), path);
        });
    }

    @Test
    void everyLinkIsRelativeOrWebOrMail() {
        pages.forEach((path, html) -> {
            for (Node href : HtmlPage.parse(html).nodes("//@href")) {
                String value = href.getNodeValue();
                assertTrue(value.isEmpty() || value.startsWith("https:") || value.startsWith("mailto:") || !value.contains(":"),
                        path + ": " + value);
            }
        });
    }

    @Test
    void hostileNamesAreShownAsTheTextTheyAre() {
        HtmlPage touchpoint = HtmlPage.parse(pages.get("touchpoints/t1.html"));
        assertEquals("<script>alert('tp')</script>", touchpoint.text("//h:h1"));
        assertEquals("<script>alert('title')</script> Map", touchpoint.text("//h:p[@class='brand']/h:a"));
        assertEquals("Evil & Co <img src=x onerror=alert(1)>", touchpoint.text("//h:span[@class='org']"));
        assertEquals("<iframe src=//evil></iframe>", touchpoint.text("//h:div[@class='elements']/h:section[1]//h:li"));
        assertEquals("Owner \" onerror=\"alert(4)", touchpoint.texts("//h:main/h:dl/h:div").get(3));
        assertTrue(pages.get("touchpoints/t1.html").contains("<h1>&lt;script&gt;alert(&#39;tp&#39;)&lt;/script&gt;</h1>"));
        assertEquals("KPI </title><script>alert(6)</script> – <script>alert('title')</script> Map",
                HtmlPage.parse(pages.get("kpis/k1.html")).text("//h:title"));
    }

    @Test
    void markdownKeepsSafeLinksAndDisarmsTheRest() {
        HtmlPage index = HtmlPage.parse(pages.get("index.html"));
        assertEquals(List.of("https://example.org/a?b=1&c=2", "mailto:cx@example.org", "stages/s1.html"),
                index.texts("//h:div[@class='description']//h:a/@href"));
        assertEquals(List.of(
                "Click here or there or ok.",
                "<script>alert('block')</script> and <b onmouseover=\"alert(1)\">inline</b>",
                "tracker",
                "Mail us, see the stage."), index.texts("//h:div[@class='description']/h:p"));
        HtmlPage touchpoint = HtmlPage.parse(pages.get("touchpoints/t1.html"));
        assertEquals("<a href=\"javascript:alert(5)\">x</a> 日本語のテキスト 🎉", touchpoint.text("//h:div[@class='description']"));
    }

    @Test
    void rightToLeftOverridesAreShownAsEscapesSoTheyCannotReorderThePage() {
        pages.forEach((path, html) -> {
            assertFalse(html.contains("\u202E"), path);
        });
        HtmlPage channel = HtmlPage.parse(pages.get("channels/c1.html"));
        assertEquals("Chan\\u202Enel", channel.text("//h:h1"));
        assertEquals("\\u202Egnp.exe", HtmlPage.parse(pages.get("touchpoints/t1.html")).text("//h:div[@class='elements']/h:section[last()]//h:li"));
    }

    @Test
    void emojiAndCjkArriveIntact() {
        assertEquals("Persona 🙂 ペルソナ", HtmlPage.parse(pages.get("personas/p1.html")).text("//h:h1"));
        assertEquals("javascript:alert(3)", HtmlPage.parse(pages.get("personas/p1.html")).text("//h:div[@class='description']"));
    }
}
