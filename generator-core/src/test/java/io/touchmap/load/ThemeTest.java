package io.touchmap.load;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.touchmap.Fixtures;
import io.touchmap.LoadResult;
import io.touchmap.Touchmap;
import io.touchmap.model.Colour;
import io.touchmap.model.Theme;
import io.touchmap.model.Typeface;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** map.theme: colours checked for form and contrast, a logo read from inside the map, a font among the bundled ones. */
class ThemeTest {

    private static final String MAP = """
            map:
              id: shop
              title: Shop
              theme: { logo: %s }
            stages:
              - { id: purchase, name: Purchase, phase: purchase }
            channels:
              - { id: store, name: Store, type: analog }
            touchpoints:
              - { id: checkout, name: Checkout, stage: purchase, channel: store }
            """;

    private static final String NO_KPI = "map.yaml:10:11: warning TM201 touchpoint 'checkout' has no KPI; add a KPI under 'kpis' to measure it";

    @Test
    void aThemeGivesItsColoursLogoAndFont() {
        LoadResult result = Fixtures.load(ThemeTest.class, "theme");
        assertEquals(List.of(), Touchmap.format(result, result.directory()));
        Theme theme = result.map().info().theme();
        assertEquals("#23395b", theme.brand());
        assertEquals("#0066cc", theme.accent());
        assertEquals("images/logo.png", theme.logo());
        assertEquals(Typeface.DEJAVU_SERIF, theme.typeface());
        assertEquals("png 48x24", theme.image().format() + " " + theme.image().width() + "x" + theme.image().height());
        assertEquals(Optional.of(new Colour(0x23395b)), theme.usableBrand());
    }

    @Test
    void aLogoIsCheckedWithoutWritingAFile(@TempDir Path directory) throws IOException {
        // ImageIO's default cache is a file in a folder: here one that is gone, as a read-only temporary folder would be
        Path gone = Files.createDirectory(directory.resolve("gone"));
        ImageIO.setCacheDirectory(gone.toFile());
        Files.delete(gone);
        try {
            assertEquals(List.of(), Fixtures.diagnostics(ThemeTest.class, "theme"));
        } finally {
            ImageIO.setCacheDirectory(null);
        }
    }

    @Test
    void aMapWithoutThemeTakesEveryDefault() {
        Theme theme = Fixtures.load(ThemeTest.class, "spec-example").map().info().theme();
        assertEquals(List.of(Optional.empty(), Optional.empty(), Optional.empty(), Typeface.DEJAVU_SANS),
                List.of(theme.usableBrand(), theme.usableAccent(), theme.usableLogo(), theme.typeface()));
    }

    @Test
    void aColourWithoutHashOrReadAsACommentAndAnUnknownFontAreErrorsWithWhatWasMeant() {
        assertEquals(List.of(
                "map.yaml:5:12: error TM117 'brand' of map.theme is '23395b', not a colour; did you mean '#23395b'? write it in quotes: \"#23395b\"",
                "map.yaml:6:5: error TM117 'accent' of map.theme has no value: YAML reads '#0a559c' as a comment; put the colour in quotes: accent: \"#0a559c\"",
                "map.yaml:7:11: error TM108 'font' of map.theme is 'dejavu-serf', not a valid font; did you mean 'dejavu-serif'? allowed: dejavu-sans, dejavu-serif",
                "map.yaml:13:11: warning TM201 touchpoint 'checkout' has no KPI; add a KPI under 'kpis' to measure it"),
                Fixtures.diagnostics(ThemeTest.class, "theme-colours"));
    }

    @Test
    void aColourThatIsNotOneIsAnErrorAndAMissingLogoSuggestsTheNearestImage() {
        assertEquals(List.of(
                "map.yaml:4:19: error TM117 'brand' of map.theme is 'blue', not a colour; write it as #rrggbb or #rgb in quotes, such as \"#0a559c\"",
                "map.yaml:4:33: error TM118 logo 'images/logo.pgn' does not exist; did you mean 'images/logo.png'?",
                "map.yaml:10:11: warning TM201 touchpoint 'checkout' has no KPI; add a KPI under 'kpis' to measure it"),
                Fixtures.diagnostics(ThemeTest.class, "theme-logo-missing"));
    }

    @Test
    void aColourUnreadableWithWhiteIsAWarningWithTheNearestDarkerColourAndTheDefaultIsUsed() {
        assertEquals(List.of(
                "map.yaml:5:12: warning TM213 'brand' of map.theme is #ffcc00, whose contrast with white is 1.51:1, below the 4.5:1 needed; the default colour is used; use \"#907300\", the nearest darker colour with a contrast of 4.5:1",
                "map.yaml:6:13: warning TM213 'accent' of map.theme is #66ccff, whose contrast with white is 1.80:1, below the 4.5:1 needed; the default colour is used; use \"#3f7d9d\", the nearest darker colour with a contrast of 4.5:1",
                "map.yaml:13:11: warning TM201 touchpoint 'checkout' has no KPI; add a KPI under 'kpis' to measure it"),
                Fixtures.diagnostics(ThemeTest.class, "theme-low-contrast"));
        Theme theme = Fixtures.load(ThemeTest.class, "theme-low-contrast").map().info().theme();
        assertEquals(List.of(Optional.empty(), Optional.empty()), List.of(theme.usableBrand(), theme.usableAccent()));
        // the colour suggested passes, and the next lighter step of the same hue would not
        assertEquals(true, Colour.parse("#907300").orElseThrow().readableWithWhite());
        assertEquals(false, Colour.parse("#917400").orElseThrow().readableWithWhite());
    }

    @Test
    void theLowContrastWarningIsInFrenchForAFrenchMapWithTheDecimalComma() {
        LoadResult result = Fixtures.load(ThemeTest.class, "theme-low-contrast");
        assertEquals("map.yaml:5:12: warning TM213 'brand' dans map.theme vaut #ffcc00, dont le contraste avec le blanc est de 1,51:1, "
                + "sous les 4,5:1 requis\u202f; la couleur par défaut est utilisée\u202f; utilisez \"#907300\", la couleur plus foncée la "
                + "plus proche qui atteint un contraste de 4,5:1",
                Touchmap.format(result, result.directory(), "fr").get(0));
    }

    @Test
    void contrastFollowsTheWcagFormula() {
        assertEquals(21.0, new Colour(0).contrastWithWhite(), 1e-9);
        assertEquals(1.0, new Colour(0xffffff).contrastWithWhite(), 1e-9);
        assertEquals(4.54, Colour.parse("#767676").orElseThrow().contrastWithWhite(), 0.01);
        assertEquals(Optional.of(new Colour(0x0066cc)), Colour.parse("#06C"));
        assertEquals(Optional.empty(), Colour.parse("#06cc"));
    }

    @Test
    void logosThatAreTooLargeNotImagesOutsideTheMapOrLinksOutsideAreRefusedAtTheirValue(@TempDir Path directory) throws IOException {
        byte[] png = Files.readAllBytes(Fixtures.directory(ThemeTest.class, "theme").resolve("images/logo.png"));
        assertEquals(List.of("map.yaml:4:18: error TM118 logo 'big.png' is 600000 bytes, more than the 524288 bytes (512 KB) allowed; "
                + "export it smaller: a logo shown 40 pixels high needs only a few kilobytes", NO_KPI),
                withLogo(directory.resolve("big"), "big.png", Arrays.copyOf(png, 600_000)));
        assertEquals(List.of("map.yaml:4:18: error TM118 logo 'logo.png' is not a PNG or JPEG image; "
                + "save it as PNG or JPEG: the file's first bytes decide, not its name", NO_KPI),
                withLogo(directory.resolve("text"), "logo.png", "<svg/>".getBytes()));
        byte[] huge = png.clone();
        huge[16] = 0;
        huge[17] = 0;
        huge[18] = 0x13;
        huge[19] = (byte) 0x88;
        assertEquals(List.of("map.yaml:4:18: error TM118 logo 'logo.png' is 5000 × 24 pixels, more than 4096 on a side; "
                + "scale it down: the reports show it about 40 pixels high on screen", NO_KPI),
                withLogo(directory.resolve("huge"), "logo.png", huge));
        byte[] broken = Arrays.copyOf(png, 40);
        assertEquals(List.of("map.yaml:4:18: error TM118 logo 'logo.jpg' cannot be read as an image; "
                + "save it again as PNG, or as JPEG in RGB colours", NO_KPI),
                withLogo(directory.resolve("broken"), "logo.jpg", broken));
        assertEquals(List.of("map.yaml:4:18: error TM118 logo path '../logo.png' leads outside the map directory; "
                + "copy the logo into the map directory", NO_KPI),
                withLogo(directory.resolve("outside"), "../logo.png", png));
        assertEquals(List.of("map.yaml:4:18: error TM118 logo path '/etc/logo.png' is absolute; "
                + "write it relative to the map directory, such as images/logo.png", NO_KPI),
                withLogo(directory.resolve("absolute"), "/etc/logo.png", null));
        Path link = directory.resolve("link");
        Files.createDirectories(link);
        Files.write(directory.resolve("elsewhere.png"), png);
        Files.createSymbolicLink(link.resolve("logo.png"), directory.resolve("elsewhere.png"));
        assertEquals(List.of("map.yaml:4:18: error TM118 logo path 'logo.png' is a link that leads outside the map directory; "
                + "copy the file into the map directory", NO_KPI),
                withLogo(link, "logo.png", null));
    }

    /** The diagnostics of a map whose logo is {@code written}, with {@code bytes} written there first when not null. */
    private static List<String> withLogo(Path map, String written, byte[] bytes) throws IOException {
        Files.createDirectories(map);
        if (bytes != null) {
            Path file = map.resolve(written).normalize();
            Files.createDirectories(file.getParent());
            Files.write(file, bytes);
        }
        Files.writeString(map.resolve("map.yaml"), MAP.formatted(written));
        return Touchmap.format(Touchmap.load(map), map);
    }
}
