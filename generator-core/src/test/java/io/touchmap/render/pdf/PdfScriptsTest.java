package io.touchmap.render.pdf;

import static io.touchmap.render.pdf.PdfFixtures.open;
import static io.touchmap.render.pdf.PdfFixtures.render;
import static io.touchmap.render.pdf.PdfFixtures.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.touchmap.LoadResult;
import io.touchmap.model.Kpi;
import io.touchmap.model.Named;
import io.touchmap.model.Touchpoint;
import io.touchmap.model.TouchpointMap;
import java.io.IOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.cos.COSName;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every script the site shows, the PDF prints: the names of a map written in Chinese, Japanese, Arabic, Hebrew and
 * emoji, read back by text extraction.
 */
class PdfScriptsTest {

    private static TouchpointMap map;
    private static byte[] pdf;

    @BeforeAll
    static void renderTheHostileMap() throws IOException {
        LoadResult hostile = PdfFixtures.load("hostile-map");
        map = hostile.map();
        pdf = render(hostile);
    }

    /** Arabic is printed in its joined forms, which extraction gives as presentation forms: compared as NFKC. */
    private static String comparable(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC).replaceAll("[\\u200B-\\u200F\\u202A-\\u202E\\u2066-\\u2069\\uFE0F]", "");
    }

    @Test
    void everyNameInArabicHebrewCjkAndEmojiIsPrinted() throws IOException {
        List<String> names = new ArrayList<>();
        map.stages().stream().map(Named::name).forEach(names::add);
        map.channels().stream().map(Named::name).forEach(names::add);
        names.add(map.personas().get(0).name());
        for (Touchpoint touchpoint : map.touchpoints()) {
            names.add(touchpoint.name());
            touchpoint.kpis().stream().map(Kpi::name).forEach(names::add);
        }
        map.competitors().forEach(c -> names.add(c.name()));
        String printed;
        try (PDDocument document = open(pdf)) {
            printed = comparable(text(document));
        }
        List<String> missing = new ArrayList<>();
        for (String name : names) {
            // a line mixing directions may be extracted in another order: each word must be there, whole
            for (String word : comparable(name).replace("\u200D", "").split(" ")) {
                if (!printed.contains(word)) {
                    missing.add(word + " (of " + name + ")");
                }
            }
        }
        assertEquals(List.of(), missing, printed);
        assertTrue(names.containsAll(List.of("شراء Buy", "חנות Shop", "発見 Discover", "📱 App 🚀✨ push 👍🏽")), names::toString);
        assertTrue(printed.contains("Online payment الدفع عبر الإنترنت") || printed.contains("الدفع عبر الإنترنت Online payment"),
                "the Arabic words of a name in the order they are read");
    }

    @Test
    void theFallbackFacesAreEmbeddedOnlyWhenTheMapNeedsThem() throws IOException {
        try (PDDocument document = open(pdf)) {
            assertEquals(Set.of("DejaVuSans", "DejaVuSans-Bold", "DroidSansFallback", "NotoEmoji-Regular"), fonts(document));
        }
        try (PDDocument document = open(render(PdfFixtures.load("rich-map")))) {
            assertEquals(Set.of("DejaVuSans", "DejaVuSans-Bold"), fonts(document));
        }
    }

    /** The names of the fonts the pages use, without their subset prefix. */
    private static Set<String> fonts(PDDocument document) throws IOException {
        Set<String> names = new TreeSet<>();
        for (PDPage page : document.getPages()) {
            collect(page.getResources(), names);
        }
        return names;
    }

    private static void collect(PDResources resources, Set<String> names) throws IOException {
        if (resources == null) {
            return;
        }
        for (COSName name : resources.getFontNames()) {
            String font = resources.getFont(name).getName();
            names.add(font.substring(font.indexOf('+') + 1));
        }
        for (COSName name : resources.getXObjectNames()) {
            if (resources.getXObject(name) instanceof org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject form) {
                collect(form.getResources(), names);
            }
        }
    }
}
