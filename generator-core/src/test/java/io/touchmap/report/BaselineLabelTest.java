package io.touchmap.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.touchmap.Fixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A diff is posted in public: it names its baseline by a path relative to the project, never by the machine's folders. */
class BaselineLabelTest {

    private static final Path FIXTURES = Path.of("src/test/resources/io/touchmap/diff");

    @TempDir
    Path temp;

    @Test
    void aBaselineOutsideTheProjectIsNamedRelativeToItInTheMarkdownAndTheJson() throws IOException {
        Path project = temp.resolve("branch");
        Path current = Fixtures.copy(FIXTURES.resolve("touchpoint-added"), project.resolve("src/touchmap"));
        Path baseline = Fixtures.copy(FIXTURES.resolve("base"), temp.resolve("main-worktree/src/touchmap"));
        Path output = project.resolve("target/touchmap");

        Request.of(current).base(project).baseline(baseline).output(output).diff();

        String markdown = Files.readString(output.resolve("diff.md"));
        String json = Files.readString(output.resolve("diff.json"));
        assertTrue(markdown.contains("`../main-worktree/src/touchmap`"), markdown);
        assertTrue(json.contains("\"label\": \"../main-worktree/src/touchmap\"") || json.contains("\"label\":\"../main-worktree/src/touchmap\""), json);
        assertFalse(markdown.contains(temp.toString()), "diff.md names a folder of the machine");
        assertFalse(json.contains(temp.toString()), "diff.json names a folder of the machine");
    }

    @Test
    void aBaselineInsideTheProjectIsNamedFromTheProject() throws IOException {
        Path project = temp.resolve("project");
        Path current = Fixtures.copy(FIXTURES.resolve("touchpoint-added"), project.resolve("src/touchmap"));
        Path baseline = Fixtures.copy(FIXTURES.resolve("base"), project.resolve("baseline"));
        Path output = project.resolve("target/touchmap");

        Request.of(current).base(project).baseline(baseline).output(output).diff();

        assertTrue(Files.readString(output.resolve("diff.md")).contains("`baseline`"));
        assertEquals(-1, Files.readString(output.resolve("diff.json")).indexOf(temp.toString()));
    }
}
