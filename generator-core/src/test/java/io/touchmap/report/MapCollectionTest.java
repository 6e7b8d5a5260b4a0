package io.touchmap.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.touchmap.LoadResult;
import io.touchmap.Touchmap;
import io.touchmap.load.Limits;
import io.touchmap.render.ReportSettings;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MapCollectionTest {

    private static Path fixture(String name) throws Exception {
        return Path.of(MapCollectionTest.class.getResource("/io/touchmap/render/" + name).toURI());
    }

    private static List<String> links(String html) {
        Matcher link = Pattern.compile("href=\"([^\"]*)\"").matcher(html);
        return link.results().map(m -> m.group(1)).toList();
    }

    private static List<LoadResult> collection() throws Exception {
        return Touchmap.loadMaps(fixture("collection"), Limits.DEFAULT).results();
    }

    @Test
    void eachMapIsRenderedIntoAFolderNamedByItsIdAndTheIndexLinksTheirSitesAndPdfs(@TempDir Path dir) throws Exception {
        Path target = dir.resolve("touchmap");
        Files.createDirectories(target);
        Files.writeString(target.resolve("stale.html"), "old");

        MapCollection.Rendered written = MapCollection.write(collection(), Formats.DEFAULT.map(),
                ReportSettings.DEFAULT.withDate(LocalDate.of(2026, 11, 1)), target, new RenderStamp("abc"));

        assertEquals(List.of("index.html", "style.css"), written.files());
        assertEquals(List.of(target.resolve("corner-bakery"), target.resolve("florist")),
                written.maps().stream().map(Report.Rendered::directory).toList());
        assertTrue(Files.isRegularFile(target.resolve("corner-bakery/index.html")));
        assertTrue(Files.isRegularFile(target.resolve("corner-bakery/kpis/footfall.html")));
        assertTrue(Files.isRegularFile(target.resolve("florist/florist.pdf")));
        assertFalse(Files.exists(target.resolve("stale.html")));
        assertTrue(new RenderStamp("abc").matches(target));
        String index = Files.readString(target.resolve("index.html"), StandardCharsets.UTF_8);
        assertEquals(List.of("style.css", "#main", "corner-bakery/index.html", "corner-bakery/corner-bakery.pdf", "florist/index.html",
                "florist/florist.pdf"), links(index));
    }

    @Test
    void withThePdfAloneTheIndexLinksThePdfs(@TempDir Path dir) throws Exception {
        MapCollection.write(collection(), Formats.DEFAULT.mapFormats(List.of("pdf")), ReportSettings.DEFAULT, dir.resolve("out"));
        assertEquals(List.of("style.css", "#main", "corner-bakery/corner-bakery.pdf", "florist/florist.pdf"),
                links(Files.readString(dir.resolve("out/index.html"), StandardCharsets.UTF_8)));
        assertFalse(Files.exists(dir.resolve("out/florist/index.html")));
    }

    @Test
    void twoMapsWithTheSameIdAreRefusedBeforeAnythingIsWritten(@TempDir Path dir) throws Exception {
        Path bakery = fixture("collection/bakery");
        LoadResult map = Touchmap.load(bakery);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> MapCollection.write(List.of(map, map), Formats.DEFAULT.map(), ReportSettings.DEFAULT, dir.resolve("out")));
        assertEquals("the maps in " + bakery + " and " + bakery + " have the same id 'corner-bakery'; each map of a collection needs its"
                + " own id, which names its folder", e.getMessage());
        assertFalse(Files.exists(dir.resolve("out")));
    }

    @Test
    void aMapWithErrorsIsRefusedAndTheOutputLeftAsItWas(@TempDir Path dir) throws Exception {
        Path broken = dir.resolve("broken");
        Files.createDirectories(broken);
        Files.writeString(broken.resolve("map.yaml"), "map:\n  id: Not An Id\n");
        Path target = dir.resolve("out");
        Files.createDirectories(target);
        Files.writeString(target.resolve("index.html"), "previous");
        List<LoadResult> maps = List.of(Touchmap.load(fixture("collection/bakery")), Touchmap.load(broken));
        assertThrows(IllegalArgumentException.class,
                () -> MapCollection.write(maps, Formats.DEFAULT.mapFormats(List.of("html")), ReportSettings.DEFAULT, target));
        assertEquals("previous", Files.readString(target.resolve("index.html")));
    }
}
