package io.touchmap.maven;

import io.touchmap.diagnostic.Diagnostic;
import io.touchmap.LoadResult;
import io.touchmap.Touchmap;
import io.touchmap.diff.Baseline;
import io.touchmap.diff.DiffReport;
import io.touchmap.diff.FailCondition;
import io.touchmap.model.Location;
import io.touchmap.output.FilesOutput;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Compares the map with a baseline, another map directory or a git revision, and writes what changed as
 * {@code diff.md} (for a pull-request comment), {@code diff.html} and {@code diff.json}.
 */
@Mojo(name = "diff", requiresProject = false, threadSafe = true)
public class DiffMojo extends AbstractTouchmapMojo {

    /** A map directory to compare with. Set this or {@code baseRef}. */
    @Parameter(property = "touchmap.baseline")
    protected File baseline;

    /**
     * A git revision to compare with: a branch, tag, commit, {@code origin/main} or {@code HEAD~1} of the repository
     * that contains {@code sourceDirectory}, read from the repository without a checkout. Set this or {@code baseline}.
     */
    @Parameter(property = "touchmap.baseRef")
    protected String baseRef;

    /** Where {@code diff.md}, {@code diff.html} and {@code diff.json} are written; other files there are left alone. */
    @Parameter(property = "touchmap.outputDirectory", defaultValue = "${project.build.directory}/touchmap")
    protected File outputDirectory;

    /**
     * The changes that fail the build, separated by commas: {@code any}, {@code added}, {@code removed},
     * {@code moved}, {@code changed} (touchpoints) and {@code status-worse} (a KPI status further from its target).
     * The reports are written first.
     */
    @Parameter(property = "touchmap.failOn", defaultValue = "none")
    protected String failOn;

    @Override
    protected void run() throws MojoExecutionException, MojoFailureException {
        Set<FailCondition> conditions;
        try {
            conditions = FailCondition.parse(failOn);
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException(e.getMessage(), e);
        }
        boolean hasRef = baseRef != null && !baseRef.isBlank();
        if ((baseline == null) == !hasRef) {
            throw new MojoExecutionException("set exactly one of baseline (a map directory) or baseRef (a git revision), "
                    + "such as -Dtouchmap.baseRef=origin/main");
        }
        Path base = base();
        LoadResult current = Touchmap.load(sourceDirectory.toPath(), limits());
        log(current, base, getLog());
        Baseline against = load(base, hasRef);
        if (against.hasErrors()) {
            getLog().warn("Touchmap: the baseline " + against.label() + " does not validate (" + against.result().summary()
                    + "); the diff shows what could be read");
            List<Diagnostic> diagnostics = against.result().errors();
            diagnostics.stream().limit(Touchmap.MAX_PRINTED_DIAGNOSTICS).forEach(d -> getLog().warn("  baseline: " + d.format(base)));
        }
        DiffReport report = DiffReport.of(against, current, base);
        Path output = outputPath(outputDirectory);
        try (FilesOutput files = FilesOutput.into(output)) {
            report.writeTo(files);
            files.commit();
        } catch (IOException e) {
            throw new MojoExecutionException("cannot write the diff to " + output + ": " + e.getMessage(), e);
        }
        getLog().info("Touchmap diff against " + against.label() + ": " + report.diff().headline());
        getLog().info("Touchmap: wrote " + DiffReport.MARKDOWN + ", " + DiffReport.HTML + " and " + DiffReport.JSON + " to "
                + Location.displayPath(output, base));
        List<String> breaches = report.diff().breaches(conditions);
        if (!breaches.isEmpty()) {
            throw new MojoFailureException("Touchmap: " + String.join("; ", breaches));
        }
    }

    private Baseline load(Path base, boolean hasRef) throws MojoExecutionException {
        if (!hasRef) {
            // a mistyped path would otherwise read as a map whose every touchpoint was added
            if (!baseline.isDirectory()) {
                throw new MojoExecutionException("Touchmap: the baseline directory " + baseline + " does not exist");
            }
            return Baseline.ofDirectory(baseline.toPath(), base);
        }
        try {
            return Baseline.ofRevision(sourceDirectory.toPath(), baseRef.trim());
        } catch (IOException e) {
            throw new MojoExecutionException("Touchmap: cannot read the baseline: " + e.getMessage(), e);
        }
    }
}
