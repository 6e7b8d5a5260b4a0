package io.touchmap.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.touchmap.diagnostic.Diagnostic;
import io.touchmap.diagnostic.DiagnosticCode;
import io.touchmap.Touchmap;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.PersonIdent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A baseline read from git objects: a repository is built in the test, two commits, and the map diffed against one. */
class GitBaselineTest {

    private static final PersonIdent AUTHOR = new PersonIdent("Map Editor", "editor@example.org", 0, 0);

    @TempDir
    Path repository;

    private Path map;

    private Git init() throws GitAPIException, IOException {
        map = Files.createDirectories(repository.resolve("src/touchmap"));
        return Git.init().setDirectory(repository.toFile()).setInitialBranch("main").call();
    }

    private static void commit(Git git, String message) throws GitAPIException {
        git.add().addFilepattern(".").call();
        git.add().addFilepattern(".").setUpdate(true).call();
        git.commit().setMessage(message).setAuthor(AUTHOR).setCommitter(AUTHOR).setSign(false).call();
    }

    private void writeMap(String fixture) throws IOException {
        Files.copy(Fixtures.ROOT.resolve(fixture).resolve("map.yaml"), map.resolve("map.yaml"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    @Test
    void theMapIsComparedWithTheCommitBeforeHead() throws Exception {
        try (Git git = init()) {
            writeMap("base");
            commit(git, "First map");
            writeMap("touchpoint-moved");
            commit(git, "Move the checkout online");
        }

        Baseline baseline = Baseline.ofRevision(map, "HEAD~1");
        DiffReport report = DiffReport.of(baseline, Touchmap.load(map), repository);

        assertEquals("HEAD~1", baseline.label());
        assertEquals(List.of(), baseline.diagnostics());
        assertEquals("1 touchpoint changed (1 moved)", report.diff().headline());
        assertTrue(MarkdownDiff.render(report).lines().toList().contains("Compared with `HEAD~1`."));
    }

    @Test
    void uncommittedEditsAreComparedWithHeadWithoutTouchingTheWorkingTree() throws Exception {
        try (Git git = init()) {
            writeMap("base");
            commit(git, "First map");
            git.tag().setName("v1").setAnnotated(true).setMessage("v1").setTagger(AUTHOR).setSigned(false).call();
        }
        writeMap("touchpoint-removed");
        String edited = Files.readString(map.resolve("map.yaml"));

        MapDiff byBranch = DiffReport.of(Baseline.ofRevision(map, "main"), Touchmap.load(map), repository).diff();
        MapDiff byTag = DiffReport.of(Baseline.ofRevision(map, "v1"), Touchmap.load(map), repository).diff();

        assertEquals("1 touchpoint removed", byBranch.headline());
        assertEquals("1 touchpoint removed", byTag.headline());
        assertEquals(edited, Files.readString(map.resolve("map.yaml")));
    }

    @Test
    void aMapThatDidNotExistAtTheRevisionIsReportedAndEverythingIsAdded() throws Exception {
        try (Git git = init()) {
            Files.writeString(repository.resolve("README.md"), "A repository\n");
            commit(git, "Start");
        }
        writeMap("base");

        Baseline baseline = Baseline.ofRevision(map, "HEAD");
        MapDiff diff = MapDiff.between(baseline.result().map(), Touchmap.load(map).map());

        assertTrue(baseline.hasErrors());
        assertEquals("src/touchmap: error TM006 the map directory does not exist at HEAD; the whole map is new since HEAD",
                baseline.diagnostics().get(0).format(repository));
        assertEquals(2, diff.added());
    }

    @Test
    void diagnosticsOfTheBaselinePointAtTheSourceDirectoryNotAtATemporaryCopy() throws Exception {
        try (Git git = init()) {
            writeMap("invalid");
            commit(git, "A broken map");
            writeMap("base");
            commit(git, "Fixed");
        }

        Baseline baseline = Baseline.ofRevision(map, "HEAD^");

        List<String> errors = baseline.result().errors().stream().map(d -> d.format(repository)).toList();
        assertEquals(List.of("src/touchmap/map.yaml:40:14: error TM106 touchpoint 'store-checkout' refers to unknown channel 'shop'; "
                + "declare it under 'channels', or use one of: store, web"), errors);
    }

    @Test
    void aSymbolicLinkInTheBaselineIsNotFollowed() throws Exception {
        Path outside = Files.writeString(repository.resolveSibling(repository.getFileName() + "-secret.yaml"), "map: { id: secret, title: Secret }\n");
        try (Git git = init()) {
            writeMap("base");
            Files.createSymbolicLink(map.resolve("secret.yaml"), outside);
            commit(git, "A map with a link");
        } finally {
            Files.deleteIfExists(map.resolve("secret.yaml"));
        }

        Baseline baseline = Baseline.ofRevision(map, "HEAD");
        Files.delete(outside);

        Diagnostic link = baseline.diagnostics().stream().filter(d -> d.code() == DiagnosticCode.UNREADABLE).findFirst().orElseThrow();
        assertEquals("src/touchmap/secret.yaml: error TM006 the file is a symbolic link in the baseline, not followed; keep the map's files as regular files",
                link.format(repository));
        assertEquals("corner-shop", baseline.result().map().info().id());
    }

    @Test
    void anUnknownRevisionIsAnErrorThatNamesIt() throws Exception {
        try (Git git = init()) {
            writeMap("base");
            commit(git, "First map");
        }

        IOException e = assertThrows(IOException.class, () -> Baseline.ofRevision(map, "origin/main"));

        assertTrue(e.getMessage().startsWith("git revision 'origin/main' does not exist in "), e.getMessage());
    }

    @Test
    void aDirectoryOutsideAnyRepositoryCannotHaveARevision(@TempDir Path plain) throws Exception {
        Path notInGit = Files.createDirectories(plain.resolve("map"));
        assertFalse(Files.exists(plain.resolve(".git")));

        IOException e = assertThrows(IOException.class, () -> Baseline.ofRevision(notInGit, "HEAD~1"));

        assertTrue(e.getMessage().startsWith("no git repository contains "), e.getMessage());
    }
}
