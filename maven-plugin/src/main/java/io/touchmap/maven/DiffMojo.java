package io.touchmap.maven;

import io.touchmap.diff.FailCondition;
import io.touchmap.report.Outcome;
import io.touchmap.report.Request;
import java.io.File;
import java.io.IOException;
import java.util.List;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Compares the map with a baseline, another map directory or a git revision, and writes what changed as
 * {@code diff.md} (for a pull-request comment), {@code diff.html} and {@code diff.json}. A folder of maps is compared
 * map by map: a map added or removed is a change.
 */
@Mojo(name = "diff", requiresProject = false, threadSafe = true)
public class DiffMojo extends AbstractTouchmapMojo {

    /** A map directory (or folder of maps) to compare with. Set this or {@code baseRef}. */
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

    /** The formats to write: {@code markdown}, {@code html}, {@code json}, or several, comma-separated. */
    @Parameter(property = "touchmap.diffFormats", defaultValue = "markdown,html,json")
    protected List<String> diffFormats;

    /**
     * The changes that fail the build, separated by commas: {@code any}, {@code added}, {@code removed},
     * {@code moved}, {@code changed} (touchpoints) and {@code status-worse} (a KPI status further from its target),
     * {@code ambition-relaxed} (a KPI target or warning threshold asking less, in the KPI's direction),
     * {@code gap-opened} (a competitor gap opened) and {@code emotion-worse} (a stage's mean emotion down by 0.5 or more).
     * The reports are written first.
     */
    @Parameter(property = "touchmap.failOn", defaultValue = "none")
    protected String failOn;

    @Override
    protected Outcome run(Request request, TouchmapParameters parameters) throws IOException {
        Request diff = request.output(parameters.outputPath(outputDirectory))
                .baseline(baseline == null ? null : baseline.toPath())
                .baseRef(baseRef)
                .failOn(FailCondition.parse(failOn));
        return (diffFormats == null ? diff : diff.diffFormats(diffFormats)).diff();
    }
}
