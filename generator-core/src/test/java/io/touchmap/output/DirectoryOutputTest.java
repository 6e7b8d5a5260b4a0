package io.touchmap.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
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
}
