package io.touchmap.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.touchmap.LoadResult;
import io.touchmap.Maps;
import io.touchmap.Touchmap;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One map or a folder of maps: decided once, by reading the YAML with the loader's reader and limits. */
class MapDiscoveryTest {

    @TempDir
    Path temp;

    private static Path fixture(String name) throws Exception {
        return Path.of(MapDiscoveryTest.class.getResource("/io/touchmap/render/" + name).toURI());
    }

    private static List<String> folders(Path directory) {
        return MapDiscovery.collectionFolders(MapSource.directory(directory), Limits.DEFAULT);
    }

    private Path write(Map<String, String> files) throws IOException {
        Path root = Files.createDirectories(temp.resolve("source"));
        for (Map.Entry<String, String> file : files.entrySet()) {
            Path path = root.resolve(file.getKey());
            Files.createDirectories(path.getParent());
            Files.writeString(path, file.getValue());
        }
        return root;
    }

    @Test
    void theMapsOfACollectionAreTheSubFoldersThatEachDeclareAMapInNameOrder() throws Exception {
        // notes/ holds no YAML, so it is no map and no part of one
        assertEquals(List.of("bakery", "florist"), folders(fixture("collection")));
    }

    @Test
    void aFolderWithYamlOfItsOwnIsOneMap() throws Exception {
        assertEquals(List.of(), folders(fixture("parallel-map")));
    }

    @Test
    void aMapSplitIntoSubFoldersStaysOneMap() throws Exception {
        // meta/ declares the map, touchpoints/ does not: both are parts of one map
        assertEquals(List.of(), folders(fixture("split-map")));
        Maps maps = Touchmap.loadMaps(fixture("split-map"), Limits.DEFAULT);
        assertFalse(maps.collection());
        assertEquals(List.of(), maps.results().get(0).errors());
        assertEquals("split", maps.results().get(0).map().info().id());
    }

    @Test
    void aMissingDirectoryIsOneMapWhoseLoadSaysItIsMissing() {
        Maps maps = Touchmap.loadMaps(temp.resolve("missing"), Limits.DEFAULT);
        assertFalse(maps.collection());
        assertEquals(List.of("missing: error TM006 the map directory does not exist; create it with a map.yaml, or point sourceDirectory at the map"),
                maps.results().get(0).diagnostics().stream().map(d -> d.format(temp)).toList());
    }

    @Test
    void aMapKeyInFlowStyleDeclaresAMapThoughNoLineStartsWithMap() throws IOException {
        Path source = write(Map.of(
                "bakery/map.yaml", "{map: {id: bakery, title: Bakery}}\n",
                "florist/map.yaml", "{ \"map\" : {id: florist, title: Florist} }\n"));
        assertEquals(List.of("bakery", "florist"), folders(source));
    }

    @Test
    void aLineStartingWithMapInsideTextDeclaresNoMap() throws IOException {
        Path source = write(Map.of(
                "meta/map.yaml", "map: { id: shop, title: Shop }\n",
                "touchpoints/web.yaml", "description: \"A long text\nmap: is a word on the second line of this text\"\n# map: in a comment\n"));
        assertEquals(List.of(), folders(source));
    }

    @Test
    void aMapKeyBelowTheTopLevelDeclaresNoMap() throws IOException {
        Path source = write(Map.of(
                "a/map.yaml", "map: { id: a, title: A }\n",
                "b/stages.yaml", "stages:\n  - map: { id: b }\n"));
        assertEquals(List.of(), folders(source));
    }

    @Test
    void aFolderWhoseFileCannotBeReadWithinTheLimitsIsAMapOfItsOwnThatReportsIt() throws IOException {
        Path source = write(Map.of(
                "bakery/map.yaml", "map: { id: bakery, title: Bakery }\n",
                "florist/map.yaml", "map: { id: florist, title: Florist, description: " + "x".repeat(500) + " }\n"));
        Limits small = Limits.DEFAULT.with(Map.of("maxFileBytes", "200"));
        assertEquals(List.of("bakery", "florist"), MapDiscovery.collectionFolders(MapSource.directory(source), small));

        Maps maps = Touchmap.loadMaps(source, small);
        assertTrue(maps.collection());
        LoadResult florist = maps.results().get(1);
        assertEquals(List.of("florist/map.yaml: error TM004 file is 552 bytes, over the limit of 200 bytes; split the map into several files"),
                florist.diagnostics().stream().map(d -> d.format(source)).toList());
    }

    @Test
    void eachMapOfACollectionIsLoadedOnItsOwnWithPathsBelowTheCollection() throws Exception {
        Path collection = fixture("collection");
        Maps maps = Touchmap.loadMaps(collection, Limits.DEFAULT);
        assertTrue(maps.collection());
        assertEquals(List.of(collection.resolve("bakery"), collection.resolve("florist")),
                maps.results().stream().map(LoadResult::directory).toList());
        assertEquals(List.of("corner-bakery", "florist"), maps.results().stream().map(r -> r.map().info().id()).toList());
        assertEquals(List.of(), maps.diagnostics().stream().filter(d -> d.isError()).toList());
    }
}
