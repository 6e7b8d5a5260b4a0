package io.touchmap.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.touchmap.LoadResult;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.stream.Collectors;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/**
 * The PDF is accessible and archival: veraPDF finds the example map's document and the French fixture map's
 * conforming to PDF/UA-1 and to PDF/A-2a, with no failed check; and a reader's viewer sees a tagged document with its
 * title and the language of its labels.
 */
class PdfConformanceTest {

    private static final Path EXAMPLE = Path.of("..", "example-site", "src", "touchmap");

    private static byte[] example;
    private static byte[] french;

    @BeforeAll
    static void render() throws IOException {
        VeraGreenfieldFoundryProvider.initialise();
        LoadResult map = PdfFixtures.loadFrom(EXAMPLE);
        example = PdfFixtures.render(PdfDocument.of(map.map()).warnings(map.warnings(), map.directory())
                .date(LocalDate.of(2026, 11, 1)));
        french = PdfFixtures.render(PdfFixtures.load("rich-map"));
    }

    @Test
    void theExampleConformsToPdfUa1() throws Exception {
        assertConforms(example, PDFAFlavour.PDFUA_1);
    }

    @Test
    void theExampleConformsToPdfA2a() throws Exception {
        assertConforms(example, PDFAFlavour.PDFA_2_A);
    }

    @Test
    void aFrenchMapConformsToPdfUa1() throws Exception {
        assertConforms(french, PDFAFlavour.PDFUA_1);
    }

    @Test
    void aFrenchMapConformsToPdfA2a() throws Exception {
        assertConforms(french, PDFAFlavour.PDFA_2_A);
    }

    @Test
    void theDocumentIsTaggedInItsLanguageWithItsTitleShown() throws IOException {
        try (PDDocument document = PdfFixtures.open(example)) {
            assertEquals("fr", document.getDocumentCatalog().getLanguage());
            assertTrue(document.getDocumentCatalog().getMarkInfo().isMarked());
            assertTrue(document.getDocumentCatalog().getViewerPreferences().displayDocTitle());
            assertEquals("Carte des points de contact 2026", document.getDocumentInformation().getTitle());
        }
        LoadResult english = PdfFixtures.load("views-map");
        try (PDDocument document = PdfFixtures.open(PdfFixtures.render(english))) {
            assertEquals("en", document.getDocumentCatalog().getLanguage());
            assertTrue(document.getDocumentCatalog().getMarkInfo().isMarked());
        }
    }

    @Test
    void pdfinfoSeesATaggedDocumentWithItsTitle(@TempDir Path directory) throws Exception {
        PdfFixtures.requireTool("pdfinfo", "poppler-utils");
        Path file = directory.resolve("example.pdf");
        Files.write(file, example);
        String info = PdfFixtures.run("pdfinfo", file.toString());
        assertTrue(info.lines().anyMatch(line -> line.matches("Tagged:\\s+yes")), info);
        assertTrue(info.lines().anyMatch(line -> line.matches("Title:\\s+Carte des points de contact 2026")), info);
        Path frenchFile = directory.resolve("french.pdf");
        Files.write(frenchFile, french);
        assertTrue(PdfFixtures.run("qpdf", "--check", frenchFile.toString()).contains("No syntax or stream encoding errors found"));
    }

    /** Asserts that veraPDF finds {@code pdf} conforming to {@code flavour}, listing each failed rule if not. */
    private static void assertConforms(byte[] pdf, PDFAFlavour flavour) throws Exception {
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), flavour);
                PDFAValidator validator = Foundries.defaultInstance().createValidator(flavour, false)) {
            ValidationResult result = validator.validate(parser);
            String failures = result.getTestAssertions().stream()
                    .filter(assertion -> assertion.getStatus() == TestAssertion.Status.FAILED)
                    .map(assertion -> assertion.getRuleId().getClause() + "-" + assertion.getRuleId().getTestNumber() + ": "
                            + assertion.getMessage() + "\n    at " + assertion.getLocationContext()
                            + (assertion.getErrorMessage() == null ? "" : "\n    " + assertion.getErrorMessage()))
                    .distinct()
                    .limit(60)
                    .collect(Collectors.joining("\n"));
            assertEquals(0, result.getFailedChecks().values().stream().mapToInt(Integer::intValue).sum(),
                    flavour + " failed " + result.getFailedChecks().size() + " rules:\n" + failures);
            assertTrue(result.isCompliant(), flavour + " not compliant:\n" + failures);
        }
    }
}
