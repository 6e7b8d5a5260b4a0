package io.touchmap.maven;

import io.touchmap.load.Limits;
import io.touchmap.render.ReportSettings;
import io.touchmap.report.OutOfMemory;
import io.touchmap.report.Outcome;
import io.touchmap.report.Request;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Map;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;

/**
 * The parameters every goal shares, as one value, and the one way a goal runs: they become the core's
 * {@link Request}, the goal's method of it runs, its outcome is logged line by line, and its failure fails the build.
 * Bad configuration is a {@link MojoExecutionException} in every goal, a map that fails a {@link MojoFailureException}.
 *
 * @param sourceDirectory the map, or the folder of maps
 * @param baseDirectory the directory paths are shown relative to; null for the working directory
 * @param failOnWarning whether warnings fail the build
 * @param limits the input limits to change, by name; null for none
 * @param locale the language of the reports, or null for each map's
 * @param outputTimestamp the reproducible-build timestamp whose day dates the reports, or null
 * @param pageSize the paper of the PDF's map page ({@code A3}, {@code A4}, {@code tabloid} or {@code letter}), or null
 *     for A3
 */
record TouchmapParameters(File sourceDirectory, File baseDirectory, boolean failOnWarning, Map<String, String> limits, String locale,
        String outputTimestamp, String pageSize) {

    /** The parameters of a goal that writes no PDF: the map page keeps its default size. */
    TouchmapParameters(File sourceDirectory, File baseDirectory, boolean failOnWarning, Map<String, String> limits, String locale,
            String outputTimestamp) {
        this(sourceDirectory, baseDirectory, failOnWarning, limits, locale, outputTimestamp, null);
    }

    /** One goal's use of the request. */
    @FunctionalInterface
    interface Goal {
        Outcome run(Request request) throws IOException;
    }

    /** The directory that paths in the log and in reports are relative to: the project's, or the working directory. */
    Path base() {
        return baseDirectory == null ? Path.of("").toAbsolutePath() : baseDirectory.toPath();
    }

    /**
     * The output directory as configured; outside a project Maven leaves {@code ${project.build.directory}}
     * unresolved, and the output then goes to {@code target/touchmap} under the base directory, as it would in a
     * project.
     */
    Path outputPath(File configured) {
        if (configured == null || configured.getPath().contains("${")) {
            return base().resolve("target").resolve("touchmap");
        }
        return configured.toPath();
    }

    /**
     * Builds the request, runs {@code goal} on it and logs what it did.
     *
     * @throws MojoExecutionException for bad configuration (named in the message) or a file that cannot be read or
     *     written
     * @throws MojoFailureException when the outcome fails the build, with the outcome's message
     */
    Outcome run(BuildLog log, Goal goal) throws MojoExecutionException, MojoFailureException {
        Outcome outcome;
        try {
            outcome = goal.run(request());
        } catch (IOException | RuntimeException | Error e) {
            throw failure(e);
        }
        log.write(outcome);
        if (outcome.failed()) {
            throw new MojoFailureException(outcome.failure().orElseThrow());
        }
        return outcome;
    }

    /**
     * What the goal fails with when the render threw {@code e}. Running out of memory, however it surfaced (an error of
     * Java's own caused by it, for one), is said with how to give Maven more: nothing is left half-written, as the
     * output is moved into place only once whole. Other errors are Maven's to report.
     */
    private MojoExecutionException failure(Throwable e) {
        if (OutOfMemory.causedBy(e)) {
            return new MojoExecutionException("Touchmap: Java ran out of memory on " + sourceDirectory + ": Maven's heap"
                    + " holds at most " + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MB; give it more with"
                    + " -Xmx in .mvn/jvm.config or MAVEN_OPTS (-Xmx1g renders a map of 10,000 touchpoints)", e);
        }
        if (e instanceof Error error) {
            throw error;
        }
        if (e instanceof IllegalArgumentException || e instanceof IOException || e instanceof UncheckedIOException) {
            return new MojoExecutionException("Touchmap: " + e.getMessage(), e);
        }
        return new MojoExecutionException("Touchmap failed unexpectedly on " + sourceDirectory + ": " + e, e);
    }

    /** The core's request for these parameters. */
    private Request request() {
        return Request.of(sourceDirectory.toPath())
                .base(base())
                .limits(Limits.DEFAULT.with(limits == null ? Map.of() : limits))
                .settings(ReportSettings.forBuild(locale, outputTimestamp, pageSize))
                .failOnWarning(failOnWarning);
    }
}
