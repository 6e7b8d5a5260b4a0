package io.touchmap.render.html;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.touchmap.output.MemoryOutput;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * An element whose name is empty ({@code name: ""}) is named by its id on every page, as the PDF and the diff name
 * it; the site used to fail on it while rendering the grid. Found by the mutation test.
 */
class BlankNameTest {

    private static MemoryOutput site;

    @BeforeAll
    static void render() throws IOException {
        site = Fixtures.render("blank-names");
    }

    private static HtmlPage page(String path) {
        return HtmlPage.parse(site.text(path));
    }

    @Test
    void eachElementWithAnEmptyNameIsHeadedByItsIdOnItsOwnPage() {
        assertEquals(List.of("purchase", "store", "regular", "checkout", "basket"), List.of(
                page("stages/purchase.html").text("//h:h1"), page("channels/store.html").text("//h:h1"),
                page("personas/regular.html").text("//h:h1"), page("touchpoints/checkout.html").text("//h:h1"),
                page("kpis/basket.html").text("//h:h1")));
    }

    @Test
    void theGridNamesStagesChannelsTouchpointsAndCompetitorsWithAnEmptyNameByTheirIds() {
        HtmlPage index = page("index.html");
        assertEquals(List.of("purchase"), index.texts("//h:table[@id='grid']//h:tr[@class='stages']/h:th"));
        assertEquals(List.of("store Analog"), index.texts("//h:table[@id='grid']/h:tbody[not(@class='lanes')]//h:th[@scope='row']"));
        assertEquals(List.of("checkout ✗ Off target ☺ +1 Positive emotion"),
                index.texts("//h:table[@id='grid']//h:td//h:li[.//h:a]"));
        assertEquals("A rival 4/5", index.text("//h:table[@id='grid']//h:td//h:span[@class='rival']"));
        assertEquals("A rival", page("competitors.html").text("//h:h3[@id='competitor-rival']"));
    }
}
