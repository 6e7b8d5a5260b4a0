package io.touchmap.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.SystemStreamLog;
import org.apache.maven.reporting.MavenReportException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every goal reads its parameters the same way and fails the same way: one adapter for all. */
class GoalsTest {

    /** A log that keeps nothing, so that the tests' output stays short. */
    private static final class QuietLog extends SystemStreamLog {
        @Override
        public void info(CharSequence content) {
        }

        @Override
        public void warn(CharSequence content) {
        }

        @Override
        public void error(CharSequence content) {
        }
    }

    @TempDir
    Path project;

    private File map(String yaml) throws IOException {
        Path source = Files.createDirectories(project.resolve("src/touchmap"));
        Files.writeString(source.resolve("map.yaml"), yaml);
        return source.toFile();
    }

    private <M extends AbstractTouchmapMojo> M goal(M mojo, File source) {
        mojo.setLog(new QuietLog());
        mojo.sourceDirectory = source;
        mojo.baseDirectory = project.toFile();
        return mojo;
    }

    private ReportMojo report(File source) {
        ReportMojo mojo = new ReportMojo();
        mojo.setLog(new QuietLog());
        mojo.sourceDirectory = source;
        mojo.setReportOutputDirectory(project.resolve("target/site").toFile());
        return mojo;
    }

    private List<AbstractTouchmapMojo> goals(File source) {
        DiffMojo diff = goal(new DiffMojo(), source);
        diff.baseline = source;
        diff.failOn = "none";
        return List.of(goal(new ValidateMojo(), source), goal(new RenderMojo(), source), diff);
    }

    @Test
    void anUnknownLocaleIsTheSameConfigurationErrorInEveryGoal() throws IOException {
        File source = map("map: { id: shop, title: Shop }\n");
        for (AbstractTouchmapMojo goal : goals(source)) {
            goal.locale = "de";
            assertEquals("Touchmap: unknown locale 'de'; expected one of [en, fr]",
                    assertThrows(MojoExecutionException.class, goal::execute).getMessage(), goal.getClass().getSimpleName());
        }
        ReportMojo report = report(source);
        report.locale = "de";
        assertEquals("Touchmap: unknown locale 'de'; expected one of [en, fr]",
                assertThrows(MavenReportException.class, () -> report.executeReport(Locale.ENGLISH)).getMessage());
    }

    @Test
    void anUnknownLimitIsTheSameConfigurationErrorInEveryGoal() throws IOException {
        File source = map("map: { id: shop, title: Shop }\n");
        for (AbstractTouchmapMojo goal : goals(source)) {
            goal.limits = java.util.Map.of("maxFish", "3");
            MojoExecutionException e = assertThrows(MojoExecutionException.class, goal::execute);
            assertTrue(e.getMessage().startsWith("Touchmap: unknown limit 'maxFish'; the limits are maxFileBytes, "), e.getMessage());
        }
    }

    @Test
    void aMapWithErrorsFailsTheSiteWithTheMessageItFailsTheBuildWith() throws IOException {
        File source = map("map: { id: Shop }\n");
        RenderMojo render = goal(new RenderMojo(), source);
        render.baseDirectory = null;
        String message = assertThrows(MojoFailureException.class, render::execute).getMessage();

        MavenReportException e = assertThrows(MavenReportException.class, () -> report(source).executeReport(Locale.ENGLISH));

        assertEquals(message, e.getMessage());
        assertTrue(message.startsWith("Touchmap: 2 errors, 0 warnings in "), message);
    }

    @Test
    void theSiteReportHoldsEveryMapOfAFolderOfMaps() throws Exception {
        Path source = Files.createDirectories(project.resolve("src/touchmap"));
        for (String id : List.of("north", "south")) {
            Files.writeString(Files.createDirectories(source.resolve(id)).resolve("map.yaml"), """
                    map: { id: %s, title: Shop }
                    stages: [{ id: buy, name: Buy, phase: purchase }]
                    channels: [{ id: web, name: Web, type: digital }]
                    touchpoints:
                      - { id: pay, name: Pay, stage: buy, channel: web, kpis: [{ id: paid, name: Paid, target: 5, series: [{ period: 2026-01, value: 6 }] }] }
                    """.formatted(id));
        }

        report(source.toFile()).executeReport(Locale.ENGLISH);

        assertTrue(Files.isRegularFile(project.resolve("target/site/touchmap/index.html")));
        assertTrue(Files.isRegularFile(project.resolve("target/site/touchmap/north/touchpoints/pay.html")));
        assertTrue(Files.isRegularFile(project.resolve("target/site/touchmap/south/index.html")));
    }
}
