package io.touchmap.render.pdf;

import static io.touchmap.render.pdf.PdfFixtures.number;
import static io.touchmap.render.pdf.PdfFixtures.open;
import static io.touchmap.render.pdf.PdfFixtures.render;
import static io.touchmap.render.pdf.PdfFixtures.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.touchmap.internal.text.Labels;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.junit.jupiter.api.Test;

/** The sections of the document, listed in PdfDocument.SECTIONS, each opened the same way. */
class PdfSectionsTest {

    @Test
    void theSectionsFollowTheContentsInTheOrderOfTheList() throws IOException {
        Labels french = Labels.forLanguage("fr");
        List<String> expected = new ArrayList<>(List.of("Sommaire"));
        PdfDocument.SECTIONS.forEach(section -> expected.add(french.get(section.titleKey())));
        assertEquals(List.of("Sommaire", "En bref", "La carte des points de contact", "Courbe des émotions", "Personas", "Points de contact",
                "Proposition de valeur", "Concurrents", "Avertissements de validation"), expected);
        // a map with personas, so that it holds every section
        try (PDDocument pdf = open(render(PdfFixtures.load("rich-map")))) {
            List<String> bookmarks = new ArrayList<>();
            pdf.getDocumentCatalog().getDocumentOutline().children().forEach(item -> bookmarks.add(item.getTitle()));
            assertEquals(expected, bookmarks);
        }
    }

    @Test
    void everySectionOpensANewPageUnderItsTitle() throws IOException {
        try (PDDocument pdf = open(render(PdfFixtures.load("words-map")))) {
            int previous = 0;
            for (PDOutlineItem item : pdf.getDocumentCatalog().getDocumentOutline().children()) {
                int page = number(pdf, ((PDPageDestination) item.getDestination()).getPage());
                List<String> lines = List.of(text(pdf, page).split("\n"));
                // The running header (title and organisation) and the page number come first, then the heading.
                assertEquals(item.getTitle(), lines.get(2), "page " + page);
                assertTrue(page > previous, item.getTitle() + " starts after the section before it");
                previous = page;
            }
        }
    }
}
