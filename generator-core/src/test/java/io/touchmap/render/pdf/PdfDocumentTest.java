package io.touchmap.render.pdf;

import static io.touchmap.render.pdf.PdfFixtures.number;
import static io.touchmap.render.pdf.PdfFixtures.open;
import static io.touchmap.render.pdf.PdfFixtures.pagesWith;
import static io.touchmap.render.pdf.PdfFixtures.render;
import static io.touchmap.render.pdf.PdfFixtures.text;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.touchmap.LoadResult;
import io.touchmap.model.Touchpoint;
import io.touchmap.output.MemoryOutput;
import io.touchmap.render.ReportSettings;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;
import java.util.TimeZone;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PdfDocumentTest {

    private static LoadResult rich;
    private static byte[] richPdf;

    @BeforeAll
    static void renderTheRichMap() throws IOException {
        rich = PdfFixtures.load("rich-map");
        richPdf = render(rich);
    }

    @Test
    void textExtractionFindsNamesKpiValuesAndAccentedText() throws IOException {
        try (PDDocument pdf = open(richPdf)) {
            String text = text(pdf);
            assertTrue(text.contains("Parcours client « Boulangerie du Cœur »"), "title with « », œ");
            assertTrue(text.contains("Boulangerie du Cœur & Fils"), "organisation");
            assertTrue(text.contains("Des prix justes ; la baguette à 1,20 €."), "value statement with €");
            assertTrue(text.contains("Comparaison des offres"), "ff printed as two letters, not a ligature");
            assertTrue(text.contains("Programme de fidélité de l'application"), "fi printed as two letters");
            for (Touchpoint touchpoint : rich.map().touchpoints()) {
                assertTrue(text.replace("\n", " ").contains(touchpoint.name()), touchpoint.name());
            }
            String sheet = text(pdf, pagesWith(pdf, "Taux de conversion").stream()
                    .filter(p -> PdfFixtures.pagesWithUnchecked(pdf, "3,9 %").contains(p))
                    .findFirst().orElseThrow());
            assertTrue(sheet.contains("3,9 %"), "latest value in French");
            assertTrue(sheet.contains("avr. 2026"), "period of the latest value, as a French reader says it");
            assertTrue(sheet.contains("18,4 €"), "latest basket value with its unit");
            assertTrue(text.contains("Créneaux du samedi complets dès le jeudi"), "pain point");
        }
    }

    @Test
    void everyFontOfEveryPageAndChartIsEmbedded() throws IOException {
        try (PDDocument pdf = open(richPdf)) {
            List<String> fonts = new ArrayList<>();
            for (PDPage page : pdf.getPages()) {
                collectFonts(page.getResources(), fonts);
            }
            assertFalse(fonts.isEmpty());
            assertTrue(fonts.stream().allMatch(f -> f.endsWith(" embedded")), fonts::toString);
            assertTrue(fonts.stream().anyMatch(f -> f.contains("+DejaVuSans-Bold ")), fonts::toString);
            assertTrue(fonts.stream().anyMatch(f -> f.contains("+DejaVuSans ")), fonts::toString);
        }
    }

    private static void collectFonts(PDResources resources, List<String> fonts) throws IOException {
        if (resources == null) {
            return;
        }
        for (COSName name : resources.getFontNames()) {
            PDFont font = resources.getFont(name);
            fonts.add(font.getName() + " " + (font.isEmbedded() ? "embedded" : "not embedded"));
        }
        for (COSName name : resources.getXObjectNames()) {
            PDXObject object = resources.getXObject(name);
            if (object instanceof PDFormXObject form) {
                collectFonts(form.getResources(), fonts);
            }
        }
    }

    @Test
    void aKpiWithValuesAndNoTargetIsSansObjectifOnItsSheetAndInTheLegend() throws IOException {
        LoadResult site = PdfFixtures.loadFrom(Path.of("src/test/resources/io/touchmap/render/html/site-map"));
        byte[] pdf = PdfFixtures.render(PdfDocument.of(site.map()).language("fr").date(LocalDate.of(2026, 11, 1)));
        try (PDDocument document = open(pdf)) {
            String sheet = text(document, pagesWith(document, "Card members").stream()
                    .filter(p -> PdfFixtures.textUnchecked(document, p).contains("Indicateurs"))
                    .reduce((first, last) -> last).orElseThrow()); // the sheet, after the summary that names it too
            assertTrue(sheet.contains("\n\u25C7 Sans objectif 310\nT1 2026\n"), sheet);
            assertTrue(text(document).contains("\u25C7 Sans objectif"), "the map's legend");
        }
    }

    @Test
    void chartsAreVectorFormsWithoutAnyRasterImage() throws IOException {
        try (PDDocument pdf = open(richPdf)) {
            int forms = 0;
            int images = 0;
            for (PDPage page : pdf.getPages()) {
                int[] counts = countXObjects(page.getResources());
                forms += counts[0];
                images += counts[1];
            }
            assertTrue(forms >= 10, "charts drawn as form XObjects: " + forms);
            assertEquals(0, images);
            String chartPage = text(pdf, pagesWith(pdf, "Passants qui entrent").get(0));
            assertTrue(chartPage.contains("Objectif\n12 %"), "the chart's target label is real text");
            assertTrue(chartPage.contains("\n%\n"), "the rotated axis label is text, not traced outlines");
        }
    }

    private static int[] countXObjects(PDResources resources) throws IOException {
        int[] counts = new int[2];
        if (resources == null) {
            return counts;
        }
        for (COSName name : resources.getXObjectNames()) {
            PDXObject object = resources.getXObject(name);
            if (object instanceof PDImageXObject) {
                counts[1]++;
            } else if (object instanceof PDFormXObject form) {
                counts[0]++;
                int[] inner = countXObjects(form.getResources());
                counts[0] += inner[0];
                counts[1] += inner[1];
            }
        }
        return counts;
    }

    @Test
    void outlineHasSectionsStagesAndOneEntryPerTouchpoint() throws IOException {
        try (PDDocument pdf = open(richPdf)) {
            List<String> titles = new ArrayList<>();
            collectTitles(pdf.getDocumentCatalog().getDocumentOutline(), "", titles);
            assertTrue(titles.containsAll(List.of("/Sommaire", "/La carte des points de contact", "/Courbe des émotions", "/Points de contact",
                    "/Proposition de valeur", "/Concurrents", "/Avertissements de validation")), titles::toString);
            assertTrue(titles.contains("/Points de contact/Éveil du besoin"), titles::toString);
            assertTrue(titles.contains("/Points de contact/Fidélité/Programme de fidélité de l'application"), titles::toString);
            for (Touchpoint touchpoint : rich.map().touchpoints()) {
                assertEquals(1, titles.stream().filter(t -> t.endsWith("/" + touchpoint.name())).count(), touchpoint.name());
            }
            assertTrue(titles.stream().noneMatch(t -> t.startsWith("/La carte des points de contact/")),
                    "a map on one page has no parts: " + titles);
        }
    }

    private static void collectTitles(PDOutlineNode node, String path, List<String> titles) {
        for (PDOutlineItem item : node.children()) {
            titles.add(path + "/" + item.getTitle());
            collectTitles(item, path + "/" + item.getTitle(), titles);
        }
    }

    @Test
    void bookmarksLeadToThePageOfTheirTouchpoint() throws IOException {
        try (PDDocument pdf = open(richPdf)) {
            PDOutlineItem touchpoints = child(pdf.getDocumentCatalog().getDocumentOutline(), "Points de contact");
            PDOutlineItem sheet = child(child(touchpoints, "Commande"), "Commande en ligne");
            PDPage page = ((PDPageDestination) sheet.getDestination()).getPage();
            assertTrue(text(pdf, number(pdf, page)).contains("Commande en ligne\nCase"));
        }
    }

    private static PDOutlineItem child(PDOutlineNode node, String title) {
        for (PDOutlineItem item : node.children()) {
            if (item.getTitle().equals(title)) {
                return item;
            }
        }
        throw new AssertionError("no bookmark '" + title + "'");
    }

    @Test
    void theMapIsOneLandscapePageWithItsPhasesStagesChannelsAndLanes() throws IOException {
        try (PDDocument pdf = open(richPdf)) {
            List<Integer> landscape = landscapePages(pdf);
            assertEquals(List.of(5), landscape, "the map comes after the cover, the contents and the summary, on one page");
            String page = text(pdf, 5).replaceAll("\\s+", " ");
            for (String stage : List.of("Éveil du besoin", "Comparaison des offres", "Retrait ou livraison", "Fidélité")) {
                assertTrue(page.contains(stage), stage);
            }
            for (String phase : List.of("AVANT L'ACHAT", "ACHAT", "APRÈS L'ACHAT", "PHYSIQUE", "EN LIGNE")) {
                assertTrue(page.contains(phase), "phase bands and channel groups: " + phase);
            }
            assertTrue(page.contains("Boutique") && page.contains("Courriel"), "every channel");
            assertTrue(page.contains("✓ Objectif atteint") && page.contains("✗ Hors objectif"), "status legend");
            assertTrue(page.contains("Stand au marché du dimanche prévu"), "status as a word, not colour alone: " + page);
            assertTrue(page.contains("Émotion Émotion moyenne Parent pressé Gourmet exigeant"), "the emotion lane's key");
            assertTrue(page.contains("Irritants") && page.contains("Vitrine vide après 18 h"), "the pain point lane");
            assertTrue(page.contains("Opportunités") && page.contains("Afficher les horaires de cuisson"), "the opportunity lane");
            assertTrue(page.contains("Aucun irritant"), "a stage with nothing in a lane says so");
        }
    }

    private static List<Integer> landscapePages(PDDocument pdf) {
        List<Integer> pages = new ArrayList<>();
        for (int i = 0; i < pdf.getNumberOfPages(); i++) {
            PDPage page = pdf.getPage(i);
            if (page.getMediaBox().getWidth() > page.getMediaBox().getHeight()) {
                pages.add(i + 1);
            }
        }
        return pages;
    }

    @Test
    void mapCellsLinkToTheTouchpointSheets() throws IOException {
        try (PDDocument pdf = open(richPdf)) {
            PDPage mapPage = pdf.getPage(landscapePages(pdf).get(0) - 1);
            java.util.Set<Integer> targets = new java.util.TreeSet<>();
            for (PDAnnotationLink link : links(mapPage)) {
                targets.add(number(pdf, ((PDPageDestination) link.getDestination()).getPage()));
            }
            assertEquals(rich.map().touchpoints().size(), targets.size(), "one sheet for each touchpoint, and the stages'");
            for (int target : targets) {
                assertTrue(text(pdf, target).contains("\nCase "), "a link leads to a sheet, not to page " + target);
            }
            int vitrine = pagesWith(pdf, "Vitrine et odeur du fournil\nCase").get(0);
            assertTrue(targets.contains(vitrine));
        }
    }

    @Test
    void contentsListEverySectionWithLinkedPageNumbers() throws IOException {
        try (PDDocument pdf = open(richPdf)) {
            String contents = text(pdf, 2);
            assertTrue(contents.contains("\nSommaire\nEn bref 3\nLa carte des points de contact 5\nCourbe des émotions 6\nPersonas 7\n"), contents);
            int sheetPage = pagesWith(pdf, "Retrait en boutique\nCase").get(0);
            assertTrue(contents.contains("\nRetrait en boutique " + sheetPage + "\n"), contents);
            List<PDAnnotationLink> links = links(pdf.getPage(1));
            assertEquals(9 + rich.map().personas().size() + rich.map().stages().size() + rich.map().touchpoints().size() - 1, links.size(),
                    "one link per line but the contents' own");
        }
    }

    private static List<PDAnnotationLink> links(PDPage page) throws IOException {
        List<PDAnnotationLink> links = new ArrayList<>();
        for (PDAnnotation annotation : page.getAnnotations()) {
            if (annotation instanceof PDAnnotationLink link) {
                links.add(link);
            }
        }
        return links;
    }

    @Test
    void everyPageButTheCoverHasTheTitleAndPageXOfY() throws IOException {
        try (PDDocument pdf = open(richPdf)) {
            int count = pdf.getNumberOfPages();
            assertFalse(text(pdf, 1).contains("Page 1 sur"));
            for (int page = 2; page <= count; page++) {
                String text = text(pdf, page);
                assertTrue(text.contains("Page " + page + " sur " + count), "footer of page " + page);
                assertTrue(text.contains("Parcours client « Boulangerie du Cœur »"), "header of page " + page);
            }
        }
    }

    @Test
    void metadataNamesTitleAuthorSubjectKeywordsLanguageAndTheMapsDate() throws IOException {
        try (PDDocument pdf = open(richPdf)) {
            PDDocumentInformation info = pdf.getDocumentInformation();
            assertEquals("Parcours client « Boulangerie du Cœur »", info.getTitle());
            assertEquals("Boulangerie du Cœur & Fils", info.getAuthor());
            assertEquals("Carte des points de contact\u202f: Boulangerie du Cœur & Fils", info.getSubject());
            assertTrue(info.getKeywords().startsWith("carte des points de contact, parcours client, Éveil du besoin"));
            assertEquals(utc(2026, 11, 1), info.getCreationDate().getTimeInMillis());
            assertEquals("fr", pdf.getDocumentCatalog().getLanguage());
            String xmp = new String(pdf.getDocumentCatalog().getMetadata().toByteArray(), StandardCharsets.UTF_8);
            assertTrue(xmp.contains("<rdf:li xml:lang=\"x-default\">Parcours client « Boulangerie du Cœur »</rdf:li>"));
            assertTrue(xmp.contains("<dc:creator><rdf:Seq><rdf:li>Boulangerie du Cœur &amp; Fils</rdf:li>"));
            assertTrue(xmp.contains("<dc:language><rdf:Bag><rdf:li>fr</rdf:li>"));
            assertTrue(xmp.contains("<xmp:CreateDate>2026-11-01T00:00:00Z</xmp:CreateDate>"));
        }
    }

    private static long utc(int year, int month, int day) {
        Calendar calendar = Calendar.getInstance(TimeZone.getTimeZone("UTC"));
        calendar.clear();
        calendar.set(year, month - 1, day);
        return calendar.getTimeInMillis();
    }

    @Test
    void theGivenDateWinsOverTheMapsAndTheClockIsNeverRead() throws IOException {
        byte[] dated = render(PdfDocument.of(rich.map()).date(LocalDate.of(2030, 1, 2)));
        try (PDDocument pdf = open(dated)) {
            assertTrue(text(pdf, 1).contains("Date : 2 janvier 2030"));
            assertEquals(utc(2030, 1, 2), pdf.getDocumentInformation().getCreationDate().getTimeInMillis());
        }
        LoadResult undated = PdfFixtures.load("undated-map");
        try (PDDocument pdf = open(render(undated))) {
            assertFalse(text(pdf, 1).contains("Date"));
            assertNull(pdf.getDocumentInformation().getCreationDate());
            assertNull(pdf.getDocumentInformation().getModificationDate());
        }
    }

    @Test
    void twoRendersOfTheSameMapAreByteIdentical() throws IOException {
        assertArrayEquals(richPdf, render(PdfFixtures.load("rich-map")));
        try (PDDocument pdf = open(richPdf)) {
            assertNotNull(pdf.getDocument().getDocumentID());
        }
    }

    @Test
    void writesMapIdDotPdfIntoTheReportOutput() throws IOException {
        MemoryOutput output = new MemoryOutput();
        PdfRender render = PdfDocument.of(rich.map()).warnings(rich.warnings(), rich.directory()).writeTo(output);
        assertEquals("boulangerie-du-coeur.pdf", render.fileName());
        assertEquals(List.of("boulangerie-du-coeur.pdf"), List.copyOf(output.files().keySet()));
        assertArrayEquals(richPdf, output.files().get("boulangerie-du-coeur.pdf"));
        try (PDDocument pdf = open(richPdf)) {
            assertEquals(pdf.getNumberOfPages(), render.pages());
        }
        assertEquals(List.of(), render.warnings());
    }

    @Test
    void theAppendixListsTheValidationWarningsWithTheirPlace() throws IOException {
        try (PDDocument pdf = open(richPdf)) {
            String appendix = text(pdf, pdf.getNumberOfPages());
            assertTrue(appendix.contains("Avertissements de validation"));
            assertTrue(appendix.contains("TM202"));
            assertTrue(appendix.contains("map.yaml:173:15"));
            // in the map's language, French
            assertTrue(appendix.contains("l'indicateur 'livraisons' n'a pas d'objectif"), appendix);
        }
    }

    @Test
    void aTouchpointWithManyKpisShowsSparklinesInsteadOfCharts() throws IOException {
        try (PDDocument pdf = open(richPdf)) {
            int page = pagesWith(pdf, "Programme de fidélité de l'application\nCase").get(0);
            String text = text(pdf, page);
            assertTrue(text.contains("Tendance"));
            assertTrue(text.contains("Ce point de contact a 8 indicateurs"));
            assertEquals(1, countXObjects(pdf.getPage(page - 1).getResources())[0], "no form but the footer's page count");
        }
    }

    @Test
    void labelsFollowTheRequestedLanguage() throws IOException {
        try (PDDocument pdf = open(render(PdfDocument.of(rich.map()).language("en")))) {
            assertTrue(text(pdf, 2).contains("Contents"));
            assertTrue(text(pdf, 2).contains("Page 2 of "));
            assertEquals("en", pdf.getDocumentCatalog().getLanguage());
        }
    }

    @Test
    void aScriptNoFontPrintsIsReplacedWithOneWarningForItsElement() throws IOException {
        LoadResult hostile = PdfFixtures.load("hostile-map");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfRender render = PdfDocument.of(hostile.map()).warnings(hostile.warnings(), hostile.directory()).writeTo(out);
        assertEquals(List.of("persona 'p2': 6 characters the PDF font cannot print (U+0917 U+094D U+0930 U+093E U+0939"
                + " …) shown as \uFFFD"), render.warnings());
        try (PDDocument pdf = open(out.toByteArray())) {
            String text = text(pdf);
            assertTrue(text.contains("\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD Customer"), "Devanagari replaced, Latin kept");
            assertTrue(text.contains("Online payment"));
            assertTrue(text.contains("Ünïcödé"));
            List<String> fonts = new ArrayList<>();
            for (PDPage page : pdf.getPages()) {
                collectFonts(page.getResources(), fonts);
            }
            assertTrue(fonts.stream().allMatch(f -> f.endsWith(" embedded")), fonts::toString);
        }
    }

    @Test
    void elevenStagesFitOneLandscapePage(@TempDir Path directory) throws IOException {
        LoadResult wide = PdfFixtures.loadFrom(PdfFixtures.generatedMap(directory, 11, 3, 22, 1, false));
        try (PDDocument pdf = open(render(wide))) {
            List<Integer> mapPages = landscapePages(pdf);
            assertEquals(1, mapPages.size(), "eleven stages on one A3 page");
            String text = text(pdf, mapPages.get(0)).replaceAll("\\s+", " ");
            for (int s = 0; s < 11; s++) {
                assertTrue(text.contains("Stage number " + s + " "), "stage " + s);
            }
            for (int t = 0; t < 22; t++) {
                assertTrue(text.contains("Touchpoint " + t + " of the map"), "touchpoint " + t);
            }
        }
    }

    @Test
    void aCrowdedCellShowsSixCardsAndTheNumberOfTheOthersLinkingTheFirstOfThem(@TempDir Path directory) throws IOException {
        LoadResult crowded = PdfFixtures.loadFrom(PdfFixtures.generatedMap(directory, 2, 2, 90, 0, true));
        try (PDDocument pdf = open(render(crowded))) {
            List<Integer> mapPages = landscapePages(pdf);
            assertEquals(1, mapPages.size());
            String text = text(pdf, mapPages.get(0)).replaceAll("\\s+", " ");
            for (int t = 0; t < 6; t++) {
                assertTrue(text.contains("Touchpoint " + t + " of the map"), "touchpoint " + t + " on the map");
            }
            assertFalse(text.contains("Touchpoint 6 of the map"), "the seventh is left to its sheet");
            assertTrue(text.contains("+84 more"), text);
            int seventh = pagesWith(pdf, "Touchpoint 6 of the map\n").stream().filter(p -> !mapPages.contains(p))
                    .reduce((a, b) -> b).orElseThrow();
            java.util.Set<Integer> targets = new java.util.TreeSet<>();
            for (PDAnnotationLink link : links(pdf.getPage(mapPages.get(0) - 1))) {
                targets.add(number(pdf, ((PDPageDestination) link.getDestination()).getPage()));
            }
            assertTrue(targets.contains(seventh), "+84 more leads to the sheet of touchpoint 6: " + targets + " " + seventh);
        }
    }

    @Test
    void aLongKpiTableContinuesOnTheNextPageWithItsHeaderRepeated(@TempDir Path directory) throws IOException {
        LoadResult many = PdfFixtures.loadFrom(PdfFixtures.generatedMap(directory, 1, 1, 1, 40, false));
        try (PDDocument pdf = open(render(many))) {
            List<Integer> pages = pagesWith(pdf, "of touchpoint 0");
            assertTrue(pages.size() >= 2, "forty KPIs take more than a page: " + pages);
            for (int page : pages) {
                assertTrue(text(pdf, page).contains("KPI Status Latest value Target Warning\nthreshold\nTrend"),
                        "header repeated on page " + page);
            }
            String all = String.join(" ", pages.stream().map(p -> PdfFixtures.textUnchecked(pdf, p)).toList());
            for (int k = 0; k < 40; k++) {
                assertTrue(all.contains("Measure " + k + " of touchpoint 0"), "KPI " + k);
            }
        }
    }

    @Test
    void aMapWithNothingButItsNameStillGivesEverySectionSayingWhatIsMissing() throws IOException {
        try (PDDocument pdf = open(render(PdfFixtures.load("empty-map")))) {
            String text = text(pdf);
            assertTrue(text.contains("The map has no stages or no channels."));
            assertTrue(text.contains("No touchpoint has an emotion score yet."));
            assertTrue(text.contains("The map describes no value proposition."));
            assertTrue(text.contains("The map names no competitor."));
            assertTrue(text.contains("No warnings: the map is complete."));
            assertTrue(text.contains("Nothing to report: no negative emotion, no KPI off target, in warning, or stale, no competitor"), text);
            assertFalse(text.contains("Personas"), "no persona section without personas");
            assertEquals(9, pdf.getNumberOfPages(), "cover, contents and seven sections");
        }
    }

    @Test
    void reportSettingsGiveTheLanguageAndTheDateInOneCall() throws IOException {
        ReportSettings settings = ReportSettings.DEFAULT.withLanguage("en").withDate(LocalDate.of(2027, 3, 4));
        try (PDDocument pdf = open(render(PdfDocument.of(rich, settings)))) {
            assertTrue(text(pdf, 1).contains("Date: March 4, 2027"), text(pdf, 1));
            assertTrue(text(pdf, pdf.getNumberOfPages()).contains("map.yaml:173:15"), "warnings in the appendix");
        }
        assertArrayEquals(richPdf, render(PdfDocument.of(rich, ReportSettings.DEFAULT)));
    }

    @Test
    void theEmotionTableGivesEachStagesMeanOverallAndPerPersona() throws IOException {
        try (PDDocument pdf = open(richPdf)) {
            String page = text(pdf, pagesWith(pdf, "Courbe des émotions\n").get(0));
            assertTrue(page.contains("Parent pressé"), page);
            assertTrue(page.contains("\nCommande Achat +0,67 3 \u22121 \u2014\n"), page);
            // the idea at this stage is not met by customers yet, so only the two active touchpoints count
            assertTrue(page.contains("\nÉveil du besoin Avant l'achat +1,5 2 +2 +2\n"), page);
        }
    }
}
