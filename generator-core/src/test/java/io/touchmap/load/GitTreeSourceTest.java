package io.touchmap.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.touchmap.LoadResult;
import io.touchmap.Maps;
import io.touchmap.Touchmap;
import io.touchmap.model.Kpi;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.PersonIdent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A map read from a git revision: from the repository's objects, with the paths the repository gives its files. */
class GitTreeSourceTest {

    private static final PersonIdent AUTHOR = new PersonIdent("Map Editor", "editor@example.org", 0, 0);

    private static final String BAKERY = """
            map: { id: bakery, title: Bakery }
            stages: [{ id: buy, name: Buy, phase: purchase }]
            channels: [{ id: shop, name: Shop, type: analog }]
            touchpoints:
              - { id: till, name: Till, stage: buy, channel: shop, kpis: [{ id: footfall, name: Footfall, target: 100, data: kpis/footfall.csv }] }
            """;

    @TempDir
    Path repository;

    private Path source;

    @BeforeEach
    void commitTwoMaps() throws IOException, GitAPIException {
        source = repository.resolve("src/touchmap");
        write("bakery/map.yaml", BAKERY);
        write("bakery/kpis/footfall.csv", "period,value\n2026-01,90\n2026-02,110\n");
        write("florist/map.yaml", "map: { id: florist, title: Florist }\nstages: [{ id: buy, name: Buy, phase: purchasing }]\n");
        try (Git git = Git.init().setDirectory(repository.toFile()).setInitialBranch("main").call()) {
            git.add().addFilepattern(".").call();
            git.commit().setMessage("Two maps").setAuthor(AUTHOR).setCommitter(AUTHOR).setSign(false).call();
        }
    }

    private void write(String path, String text) throws IOException {
        Path file = source.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    /** Every file of the working tree, the repository's own included, with its bytes and time of change. */
    private Map<String, String> workingTree() throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(repository)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                files.put(repository.relativize(file).toString(), Files.getLastModifiedTime(file) + " "
                        + java.util.HexFormat.of().formatHex(Files.readAllBytes(file)));
            }
        }
        return files;
    }

    @Test
    void theFilesOfTheRevisionAreListedAndReadWhateverTheWorkingTreeHolds() throws IOException {
        write("bakery/kpis/footfall.csv", "period,value\n2026-01,1\n");
        write("bakery/notes.yaml", "stages: []\n");
        Files.delete(source.resolve("florist/map.yaml"));
        Map<String, String> before = workingTree();

        try (MapSource tree = MapSource.gitTree(source, "HEAD")) {
            assertEquals(List.of("bakery/kpis/footfall.csv", "bakery/map.yaml", "florist/map.yaml"),
                    tree.files().stream().map(SourceFile::path).toList());
            assertEquals(source, tree.root());
            SourceFile csv = tree.file("bakery/kpis/footfall.csv").orElseThrow();
            try (InputStream in = tree.open(csv)) {
                assertEquals("period,value\n2026-01,90\n2026-02,110\n", new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
            Maps maps = Touchmap.loadMaps(tree, Limits.DEFAULT);
            assertTrue(maps.collection());
            Kpi footfall = maps.results().get(0).map().kpis().get(0);
            assertEquals(List.of(90.0, 110.0), footfall.series().stream().map(o -> o.value()).toList());
        }

        assertEquals(before, workingTree());
    }

    @Test
    void diagnosticsNameTheFilesAsTheRepositoryDoes() throws IOException {
        try (MapSource tree = MapSource.gitTree(source, "main")) {
            LoadResult florist = Touchmap.loadMaps(tree, Limits.DEFAULT).results().get(1);
            assertEquals(List.of("src/touchmap/florist/map.yaml:2:39: error TM108 'phase' of stage 'buy' is 'purchasing', not a valid phase;"
                    + " did you mean 'purchase'? allowed: before-purchase, purchase, after-purchase"),
                    florist.errors().stream().map(d -> d.format(repository)).toList());
        }
    }

    @Test
    void theFilesReadFromTheRevisionAreTheInputsOfTheMap() throws IOException {
        try (MapSource tree = MapSource.gitTree(source, "HEAD")) {
            LoadResult bakery = Touchmap.load(tree.folder("bakery"), Limits.DEFAULT);
            assertEquals(List.of(source.resolve("bakery/kpis/footfall.csv"), source.resolve("bakery/map.yaml")),
                    bakery.inputs().stream().map(InputFile::file).toList());
        }
    }
}
