package io.touchmap.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

class DirectoryOutputTest {

    @TempDir
    Path temp;

    @Test
    void aCommittedRenderReplacesThePreviousOutputAndLeavesNoStaleFile() throws IOException {
        Path site = temp.resolve("site");
        try (DirectoryOutput output = DirectoryOutput.replacing(site)) {
            output.write("index.html", "one");
            output.write("touchpoints/removed.html", "gone soon");
            output.commit();
        }
        try (DirectoryOutput output = DirectoryOutput.replacing(site)) {
            output.write("index.html", "two");
            output.commit();
        }
        assertEquals("two", Files.readString(site.resolve("index.html")));
        assertFalse(Files.exists(site.resolve("touchpoints/removed.html")));
        assertEquals(1, siblings());
    }

    @Test
    void aRenderThatFailsBeforeCommitLeavesThePreviousOutputExactlyAsItWas() throws IOException {
        Path site = temp.resolve("site");
        try (DirectoryOutput output = DirectoryOutput.replacing(site)) {
            output.write("index.html", "good");
            output.commit();
        }
        try (DirectoryOutput output = DirectoryOutput.replacing(site)) {
            output.write("index.html", "half-writ");
        }
        assertEquals("good", Files.readString(site.resolve("index.html")));
        assertEquals(1, siblings());
    }

    @Test
    void pathsThatLeaveTheOutputAreRefused() throws IOException {
        try (DirectoryOutput output = DirectoryOutput.replacing(temp.resolve("site"))) {
            assertThrows(IllegalArgumentException.class, () -> output.create("../escape.html"));
            assertThrows(IllegalArgumentException.class, () -> output.create("/etc/passwd"));
            assertThrows(IllegalArgumentException.class, () -> output.create("a//b.html"));
        }
        assertTrue(Files.notExists(temp.resolve("escape.html")));
    }

    private long siblings() throws IOException {
        try (Stream<Path> entries = Files.list(temp)) {
            return entries.count();
        }
    }

    /**
     * A web server copying the site serves it only if others may read it: the output has the modes a plain mkdir and
     * file creation get under the user's umask (0755 and 0644 under 022; private under 077), never the 0700 of a
     * temporary folder.
     */
    @Test
    @DisabledOnOs(OS.WINDOWS)
    void theOutputGetsTheModesOfAPlainFolderAndFileUnderTheUmask() throws IOException {
        Path plainFolder = Files.createDirectory(temp.resolve("plain"));
        Path plainFile = Files.writeString(plainFolder.resolve("plain.txt"), "x");
        Path site = temp.resolve("site");
        try (DirectoryOutput output = DirectoryOutput.replacing(site)) {
            output.write("index.html", "page");
            output.write("touchpoints/a.html", "page");
            output.commit();
        }
        Path diff = temp.resolve("diff");
        try (FilesOutput output = FilesOutput.into(diff)) {
            output.write("diff.md", "text");
            output.commit();
        }
        Set<PosixFilePermission> folder = Files.getPosixFilePermissions(plainFolder);
        Set<PosixFilePermission> file = Files.getPosixFilePermissions(plainFile);
        assertEquals(folder, Files.getPosixFilePermissions(site));
        assertEquals(folder, Files.getPosixFilePermissions(site.resolve("touchpoints")));
        assertEquals(file, Files.getPosixFilePermissions(site.resolve("index.html")));
        assertEquals(folder, Files.getPosixFilePermissions(diff));
        assertEquals(file, Files.getPosixFilePermissions(diff.resolve("diff.md")));
    }
}
