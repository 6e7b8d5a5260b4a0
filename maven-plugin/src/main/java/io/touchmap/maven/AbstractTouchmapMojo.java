package io.touchmap.maven;

import io.touchmap.diagnostic.Diagnostic;
import io.touchmap.LoadResult;
import io.touchmap.Touchmap;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.plugins.annotations.Parameter;

/** What every Touchmap goal shares: where the map is, the switches, and how diagnostics reach the build log. */
public abstract class AbstractTouchmapMojo extends AbstractMojo {

    /** The directory holding the map's YAML files (and its KPI CSV files). */
    @Parameter(property = "touchmap.sourceDirectory", defaultValue = "${project.basedir}/src/touchmap")
    protected File sourceDirectory;

    /** Fail the build when the map has warnings, not only when it has errors. */
    @Parameter(property = "touchmap.failOnWarning", defaultValue = "false")
    protected boolean failOnWarning;

    /** Skip the goal entirely. */
    @Parameter(property = "touchmap.skip", defaultValue = "false")
    protected boolean skip;

    /**
     * Raised (or lowered) input limits by name, such as {@code <maxTouchpoints>200000</maxTouchpoints>}; see the
     * README's security section for each limit and its default.
     */
    @Parameter
    protected java.util.Map<String, String> limits;

    /** The directory paths in the log are shown relative to. */
    @Parameter(defaultValue = "${project.basedir}", readonly = true)
    protected File baseDirectory;

    @Override
    public final void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("Touchmap: skipped (touchmap.skip is true)");
            return;
        }
        try {
            run();
        } catch (MojoFailureException | MojoExecutionException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new MojoExecutionException("Touchmap failed unexpectedly on " + sourceDirectory + ": " + e, e);
        }
    }

    /** The goal's work, once {@code skip} is checked. */
    protected abstract void run() throws MojoExecutionException, MojoFailureException;

    /** Loads and validates the map, logs each diagnostic and a summary, and fails the build as configured. */
    protected LoadResult loadAndCheck() throws MojoFailureException {
        return check(Touchmap.load(sourceDirectory.toPath(), limits()));
    }

    /** Logs each diagnostic of a loaded map and a summary, and fails the build as configured. */
    protected LoadResult check(LoadResult result) throws MojoFailureException {
        Path base = base();
        log(result, base, getLog());
        String summary = "Touchmap: " + result.summary() + " in " + io.touchmap.model.Location.displayPath(result.directory(), base);
        if (result.hasErrors() || (failOnWarning && !result.diagnostics().isEmpty())) {
            throw new MojoFailureException(summary + (result.hasErrors() ? "" : " (failOnWarning is true)"));
        }
        getLog().info(summary);
        return result;
    }

    /**
     * The output directory as configured; outside a project Maven leaves {@code ${project.build.directory}}
     * unresolved, and the output then goes to {@code target/touchmap} under the working directory, as it would in a
     * project.
     */
    protected Path outputPath(File configured) {
        if (configured == null || configured.getPath().contains("${")) {
            return base().resolve("target").resolve("touchmap");
        }
        return configured.toPath();
    }

    /** The input limits: the defaults, with the ones set in {@code limits} changed. */
    protected io.touchmap.load.Limits limits() throws MojoFailureException {
        try {
            return io.touchmap.load.Limits.DEFAULT.with(limits == null ? java.util.Map.of() : limits);
        } catch (IllegalArgumentException e) {
            throw new MojoFailureException("Touchmap: " + e.getMessage());
        }
    }

    /** The directory that paths in the log and in reports are relative to: the project's, or the working directory. */
    protected Path base() {
        return baseDirectory == null ? Path.of("").toAbsolutePath() : baseDirectory.toPath();
    }

    /** Logs errors at error level and warnings at warning level, capped as {@link Touchmap#format} caps them. */
    static void log(LoadResult result, Path base, Log log) {
        List<String> lines = Touchmap.format(result, base);
        List<Diagnostic> diagnostics = result.diagnostics();
        for (int i = 0; i < lines.size(); i++) {
            boolean error = i < diagnostics.size() ? diagnostics.get(i).isError() : result.hasErrors();
            if (error) {
                log.error(lines.get(i));
            } else {
                log.warn(lines.get(i));
            }
        }
    }
}
