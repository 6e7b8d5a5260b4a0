package io.touchmap.render.pdf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.touchmap.LoadResult;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import javax.imageio.ImageIO;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A map's theme in the PDF: its logo on the cover, its font for every text, the same bytes on every render. */
class ThemedPdfTest {

    private static final Path THEMED = Path.of("src/test/resources/io/touchmap/render/html/themed-map");

    @Test
    void theCoverShowsTheLogoAsAnImageAndTheTextIsSetInTheChosenFont() throws IOException {
        try (PDDocument document = PdfFixtures.open(PdfFixtures.render(PdfFixtures.loadFrom(THEMED)))) {
            List<PDImageXObject> images = images(document.getPage(0).getResources());
            assertEquals(1, images.size());
            BufferedImage logo = images.get(0).getImage();
            assertEquals("48x24 #23395b", logo.getWidth() + "x" + logo.getHeight() + String.format(" #%06x", logo.getRGB(10, 10) & 0xffffff));
            // the text is set in DejaVu Serif; the status symbol ✓, which DejaVu Serif Bold lacks, falls back to DejaVu Sans Bold
            assertEquals(Set.of("DejaVuSans-Bold", "DejaVuSerif", "DejaVuSerif-Bold"), fonts(document.getPage(0).getResources()));
            assertTrue(PdfFixtures.text(document, 1).contains("Shop"), PdfFixtures.text(document, 1));
        }
    }

    @Test
    void aJpegLogoIsEmbeddedAsTheFileItselfAndNeitherFormatIsReadThroughAFile(@TempDir Path directory) throws IOException {
        Path jpegMap = Files.createDirectories(directory.resolve("jpeg-map"));
        Files.copy(THEMED.resolve("map.yaml"), jpegMap.resolve("map.yaml"));
        // the format is the file's first bytes, not its name: logo.png now holds a JPEG
        byte[] jpeg = jpeg(ImageIO.read(THEMED.resolve("logo.png").toFile()));
        Files.write(jpegMap.resolve("logo.png"), jpeg);

        // ImageIO's file cache, which PDFBox's own reading of an image goes through, in a folder that is gone
        Path gone = Files.createDirectory(directory.resolve("gone"));
        ImageIO.setCacheDirectory(gone.toFile());
        Files.delete(gone);
        byte[] png;
        byte[] jpg;
        try {
            png = PdfFixtures.render(PdfFixtures.loadFrom(THEMED));
            jpg = PdfFixtures.render(PdfFixtures.loadFrom(jpegMap));
        } finally {
            ImageIO.setCacheDirectory(null);
        }

        try (PDDocument document = PdfFixtures.open(png)) {
            PDImageXObject logo = images(document.getPage(0).getResources()).get(0);
            assertEquals(List.of(COSName.FLATE_DECODE), logo.getStream().getFilters());
        }
        try (PDDocument document = PdfFixtures.open(jpg)) {
            List<PDImageXObject> images = images(document.getPage(0).getResources());
            assertEquals(1, images.size());
            PDImageXObject logo = images.get(0);
            assertEquals("48x24 DeviceRGB " + List.of(COSName.DCT_DECODE), logo.getWidth() + "x" + logo.getHeight() + " "
                    + logo.getColorSpace().getName() + " " + logo.getStream().getFilters());
            try (InputStream embedded = logo.getCOSObject().createRawInputStream()) {
                assertArrayEquals(jpeg, embedded.readAllBytes());
            }
        }
    }

    @Test
    void aMapWithoutLogoHasNoImageOnItsCover() throws IOException {
        try (PDDocument document = PdfFixtures.open(PdfFixtures.render(PdfFixtures.load("rich-map")))) {
            assertEquals(List.of(), images(document.getPage(0).getResources()));
            assertEquals(Set.of("DejaVuSans", "DejaVuSans-Bold"), fonts(document.getPage(0).getResources()));
        }
    }

    @Test
    void twoRendersOfAThemedMapAreByteIdentical() throws IOException {
        LoadResult result = PdfFixtures.loadFrom(THEMED);
        assertArrayEquals(PdfFixtures.render(result), PdfFixtures.render(PdfFixtures.loadFrom(THEMED)));
    }

    private static List<PDImageXObject> images(PDResources resources) throws IOException {
        List<PDImageXObject> images = new ArrayList<>();
        for (COSName name : resources.getXObjectNames()) {
            PDXObject object = resources.getXObject(name);
            if (object instanceof PDImageXObject image) {
                images.add(image);
            }
        }
        return images;
    }

    private static byte[] jpeg(BufferedImage image) throws IOException {
        BufferedImage rgb = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
        rgb.createGraphics().drawImage(image, 0, 0, null);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        assertTrue(ImageIO.write(rgb, "jpeg", bytes));
        return bytes.toByteArray();
    }

    private static Set<String> fonts(PDResources resources) throws IOException {
        Set<String> fonts = new TreeSet<>();
        for (COSName name : resources.getFontNames()) {
            String font = resources.getFont(name).getName();
            fonts.add(font.substring(font.indexOf('+') + 1));
        }
        return fonts;
    }
}
