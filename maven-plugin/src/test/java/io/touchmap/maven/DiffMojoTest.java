package io.touchmap.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DiffMojoTest {

    private static final String MAP = """
            map: { id: shop, title: Shop }
            stages: [{ id: buy, name: Buy, phase: purchase }]
            channels: [{ id: store, name: Store, type: analog }]
            touchpoints:
              - { id: till, name: Till, stage: buy, channel: store, kpis: [{ id: wait, name: Wait, target: 5, series: [{ period: 2026-01, value: 6 }] }] }
            """;

    @TempDir
    Path project;

    private DiffMojo mojo;

    @BeforeEach
    void setUp() throws IOException {
        Path before = Files.createDirectories(project.resolve("before"));
        Path now = Files.createDirectories(project.resolve("src/touchmap"));
        Files.writeString(before.resolve("map.yaml"), MAP + "  - { id: kiosk, name: Kiosk, stage: buy, channel: store }\n");
        Files.writeString(now.resolve("map.yaml"), MAP);
        Files.writeString(Files.createDirectories(project.resolve("target/touchmap")).resolve("index.html"), "site");
        mojo = new DiffMojo();
        mojo.baseDirectory = project.toFile();
        mojo.sourceDirectory = now.toFile();
        mojo.outputDirectory = project.resolve("target/touchmap").toFile();
        mojo.baseline = before.toFile();
        mojo.failOn = "none";
    }

    @Test
    void writesTheThreeReportsBesideTheOtherReports() throws Exception {
        mojo.execute();

        Path output = project.resolve("target/touchmap");
        try (var files = Files.list(output)) {
            assertEquals(List.of("diff.html", "diff.json", "diff.md", "index.html"), files.map(p -> p.getFileName().toString()).sorted().toList());
        }
        assertTrue(Files.readString(output.resolve("diff.md")).contains("**1 touchpoint removed**\n"));
    }

    @Test
    void outsideAProjectTheUnresolvedBuildDirectoryFallsBackToTargetTouchmap() throws Exception {
        mojo.outputDirectory = new java.io.File("${project.basedir}/target/touchmap");

        mojo.execute();

        assertTrue(Files.exists(project.resolve("target/touchmap/diff.json")));
        assertTrue(Files.notExists(project.resolve("${project.basedir}")));
    }

    @Test
    void failOnRemovedFailsTheBuildOnceTheReportsAreWritten() {
        mojo.failOn = "removed,status-worse";

        MojoFailureException e = assertThrows(MojoFailureException.class, mojo::execute);

        assertEquals("Touchmap: 1 touchpoint was removed (failOn removed)", e.getMessage());
        assertTrue(Files.exists(project.resolve("target/touchmap/diff.md")));
    }

    @Test
    void exactlyOneOfBaselineAndBaseRefIsSet() {
        mojo.baseRef = "HEAD~1";

        MojoExecutionException e = assertThrows(MojoExecutionException.class, mojo::execute);

        assertEquals("Touchmap: set exactly one of baseline (a map directory) or baseRef (a git revision), such as "
                + "-Dtouchmap.baseRef=origin/main", e.getMessage());
    }

    @Test
    void aMissingBaselineDirectoryIsAConfigurationErrorNotAMapWhereEverythingIsNew() {
        mojo.baseline = project.resolve("befor").toFile();

        MojoExecutionException e = assertThrows(MojoExecutionException.class, mojo::execute);

        assertEquals("Touchmap: the baseline directory " + project.resolve("befor") + " does not exist", e.getMessage());
    }

    @Test
    void anUnknownFailOnWordIsAConfigurationError() {
        mojo.failOn = "gone";

        MojoExecutionException e = assertThrows(MojoExecutionException.class, mojo::execute);

        assertEquals("Touchmap: unknown failOn condition 'gone'; use none or any of any, added, removed, moved, changed, status-worse, ambition-relaxed, gap-opened, emotion-worse",
                e.getMessage());
    }

    @Test
    void aBaseRefOutsideAnyRepositoryFailsWithTheReason() {
        mojo.baseline = null;
        mojo.baseRef = "origin/main";

        MojoExecutionException e = assertThrows(MojoExecutionException.class, mojo::execute);

        assertTrue(e.getMessage().startsWith("Touchmap: cannot read the baseline: no git repository contains "), e.getMessage());
    }
}
