package io.touchmap.render.pdf;

import static io.touchmap.render.pdf.PdfFixtures.open;
import static io.touchmap.render.pdf.PdfFixtures.pagesWith;
import static io.touchmap.render.pdf.PdfFixtures.render;
import static io.touchmap.render.pdf.PdfFixtures.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.touchmap.LoadResult;
import io.touchmap.output.MemoryOutput;
import io.touchmap.render.ReportSettings;
import io.touchmap.render.html.HtmlSite;
import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The words the PDF prints, read back by text extraction: the site's words for the same concepts (one bundle of
 * labels), and descriptions as text without their Markdown.
 */
class PdfWordsTest {

    private static LoadResult words;
    private static byte[] pdf;

    @BeforeAll
    static void renderTheWordsMap() throws IOException {
        words = PdfFixtures.load("words-map");
        pdf = render(words);
    }

    private static String page(String needle) throws IOException {
        try (PDDocument document = open(pdf)) {
            return text(document, pagesWith(document, needle).get(0));
        }
    }

    @Test
    void theCoverPrintsTheDescriptionAsTextWithoutItsMarkdown() throws IOException {
        try (PDDocument document = open(pdf)) {
            List<String> cover = List.of(text(document, 1).split("\n"));
            int date = cover.indexOf("Date : 30 novembre 2026");
            assertEquals(List.of("Maison Test vend de la vaisselle et du linge de maison.", "- en magasin ;", "- en ligne.",
                    "Vue d'ensemble"), cover.subList(date + 1, date + 5));
        }
    }

    @Test
    void theKpiTableNamesTheTargetAndTheWarningThresholdAsTheSiteDoes() throws IOException {
        String sheet = page("Passage en caisse\nCase");
        assertTrue(sheet.contains("\nIndicateur Statut Dernière valeur Objectif Seuil de\nvigilance\n"), sheet);
        String kpiPage = new String(site().files().get("kpis/attente.html"), java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(kpiPage.contains("<dt>Objectif</dt>") && kpiPage.contains("<dt>Seuil de vigilance</dt>"), kpiPage);
    }

    @Test
    void anEmotionScoreIsNamedInTheSitesWords() throws IOException {
        assertTrue(page("Passage en caisse\nCase").contains("Score d'émotion +1 (Émotion positive)\n"));
    }

    @Test
    void theSectionsHaveTheSitesTitles() throws IOException {
        try (PDDocument document = open(pdf)) {
            assertTrue(text(document, 2).contains("\nSommaire\nEn bref 3\nLa carte des points de contact 4\nCourbe des émotions 5\nPoints de contact 6\n"),
                    text(document, 2));
        }
        assertTrue(page("Matrice de présence").contains("\nÉcarts avec la concurrence\n"));
    }

    @Test
    void theValuePropositionTableHeadsItsColumnsAsTheSiteDoes() throws IOException {
        String proposition = page("Des prix justes.");
        assertTrue(proposition.contains("\nComposante Ce que nous promettons Notre note\nPrix Prix affichés clairs 4/5\n"),
                proposition);
        assertTrue(proposition.contains("\nNos notes et celles de nos concurrents\n"), proposition);
    }

    @Test
    void aGapGivesTheSitesReason() throws IOException {
        String competitors = page("Matrice de présence");
        assertTrue(competitors.contains("\nConcurrent Case Pourquoi Leur\nnote\nNotre\nnote\nNote\n"), competitors);
        assertTrue(competitors.contains("\nA Rival Achat × Magasin Noté 5/5,\nau-dessus de\nnotre 4/5\n5/5 4/5\n"), competitors);
        assertTrue(competitors.contains("\nA Rival Fidélité × Site web Nous sommes\nabsents\n4/5 — Carte à points\n"), competitors);
    }

    private static MemoryOutput site() throws IOException {
        MemoryOutput output = new MemoryOutput();
        HtmlSite.render(words, ReportSettings.DEFAULT, output);
        return output;
    }
}
