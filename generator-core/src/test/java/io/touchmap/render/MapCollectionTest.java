package io.touchmap.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.touchmap.LoadResult;
import io.touchmap.load.Limits;
import io.touchmap.render.Report.Format;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MapCollectionTest {

    private static Path fixture(String name) throws Exception {
        return Path.of(MapCollectionTest.class.getResource(name).toURI());
    }

    private static List<String> links(String html) {
        Matcher link = Pattern.compile("href=\"([^\"]*)\"").matcher(html);
        return link.results().map(m -> m.group(1)).toList();
    }

    @Test
    void theMapsOfACollectionAreTheSubdirectoriesThatEachDeclareAMapInNameOrder() throws Exception {
        Path collection = fixture("collection");
        assertEquals(List.of(collection.resolve("bakery"), collection.resolve("florist")), MapCollection.mapDirectories(collection));
    }

    @Test
    void aDirectoryWithYamlOfItsOwnIsASingleMap() throws Exception {
        assertEquals(List.of(), MapCollection.mapDirectories(fixture("parallel-map")));
    }

    @Test
    void aMapSplitIntoFoldersWithNoYamlAtItsRootIsASingleMapNotACollection() throws Exception {
        assertEquals(List.of(), MapCollection.mapDirectories(fixture("split-map")));
    }

    @Test
    void aMissingDirectoryIsNoCollection(@TempDir Path dir) throws Exception {
        assertEquals(List.of(), MapCollection.mapDirectories(dir.resolve("missing")));
    }

    @Test
    void eachMapIsRenderedIntoAFolderNamedByItsIdAndTheIndexLinksTheirSitesAndPdfs(@TempDir Path dir) throws Exception {
        Path target = dir.resolve("touchmap");
        Files.createDirectories(target);
        Files.writeString(target.resolve("stale.html"), "old");
        List<LoadResult> maps = MapCollection.load(MapCollection.mapDirectories(fixture("collection")), Limits.DEFAULT);

        MapCollection.Written written = MapCollection.write(maps, EnumSet.of(Format.HTML, Format.PDF),
                ReportSettings.DEFAULT.withDate(LocalDate.of(2026, 11, 1)), target, new RenderStamp("abc"));

        assertEquals(List.of("index.html", "style.css"), written.files());
        assertEquals(List.of(target.resolve("corner-bakery"), target.resolve("florist")),
                written.maps().stream().map(Report.Written::directory).toList());
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
        List<LoadResult> maps = MapCollection.load(MapCollection.mapDirectories(fixture("collection")), Limits.DEFAULT);
        MapCollection.write(maps, EnumSet.of(Format.PDF), ReportSettings.DEFAULT, dir.resolve("out"), null);
        assertEquals(List.of("style.css", "#main", "corner-bakery/corner-bakery.pdf", "florist/florist.pdf"),
                links(Files.readString(dir.resolve("out/index.html"), StandardCharsets.UTF_8)));
        assertFalse(Files.exists(dir.resolve("out/florist/index.html")));
    }

    @Test
    void twoMapsWithTheSameIdAreRefusedBeforeAnythingIsWritten(@TempDir Path dir) throws Exception {
        Path bakery = fixture("collection/bakery");
        List<LoadResult> maps = MapCollection.load(List.of(bakery, bakery), Limits.DEFAULT);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> MapCollection.write(maps, EnumSet.of(Format.HTML), ReportSettings.DEFAULT, dir.resolve("out"), null));
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
        List<LoadResult> maps = MapCollection.load(List.of(fixture("collection/bakery"), broken), Limits.DEFAULT);
        assertThrows(IllegalArgumentException.class,
                () -> MapCollection.write(maps, EnumSet.of(Format.HTML), ReportSettings.DEFAULT, target, null));
        assertEquals("previous", Files.readString(target.resolve("index.html")));
    }
}
