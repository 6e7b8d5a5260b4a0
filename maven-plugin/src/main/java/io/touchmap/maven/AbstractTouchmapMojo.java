package io.touchmap.maven;

import io.touchmap.internal.jvm.QuickCompiler;
import io.touchmap.report.Outcome;
import io.touchmap.report.Request;
import java.io.File;
import java.io.IOException;
import java.util.Map;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * The parameters every Touchmap goal shares (the {@code report} goal declares the same ones, as a site report must
 * extend another class); each goal only adds its own and says which method of the core's request it runs.
 */
public abstract class AbstractTouchmapMojo extends AbstractMojo {

    /** The directory holding the map's YAML files (and its KPI CSV files), or a folder whose sub-folders each hold a map. */
    @Parameter(property = "touchmap.sourceDirectory", defaultValue = "${project.basedir}/src/touchmap")
    protected File sourceDirectory;

    /** Fail the build when a map has warnings, not only when it has errors. */
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
    protected Map<String, String> limits;

    /** The language of the reports and the diagnostics, {@code en} or {@code fr}; overrides each map's {@code locale}. */
    @Parameter(property = "touchmap.locale")
    protected String locale;

    /** The reproducible-build timestamp, whose date the reports show as their date. */
    @Parameter(defaultValue = "${project.build.outputTimestamp}", readonly = true)
    protected String outputTimestamp;

    /** The directory paths in the log are shown relative to. */
    @Parameter(defaultValue = "${project.basedir}", readonly = true)
    protected File baseDirectory;

    /** The build, to tell a reactor of several modules from a single one. */
    @Parameter(defaultValue = "${session}", readonly = true, required = true)
    protected MavenSession session;

    /** The module the goal runs in. */
    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    protected MavenProject project;

    @Override
    public final void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("Touchmap: skipped (touchmap.skip is true)");
            return;
        }
        if (System.getProperty("java.awt.headless") == null) {
            // the charts are drawn off screen: Maven's JVM must not reach for a display (a DISPLAY whose X server is
            // gone stops it with an AWTError) or open a window on a desktop
            System.setProperty("java.awt.headless", "true");
        }
        if (shortLived()) {
            QuickCompiler.start(QuickCompiler.TOUCHMAP_AND_ITS_LIBRARIES);
        }
        TouchmapParameters parameters = parameters();
        parameters.run(BuildLog.of(getLog(), session, project, getPluginContext()), request -> run(request, parameters));
    }

    /**
     * True for a goal that ends once its work is done, whose own classes are then kept to Java's quick compiler
     * unless Maven's JVM options chose the compilers (docs/performance.md); the preview, which renders again for as
     * long as one edits, says false.
     */
    protected boolean shortLived() {
        return true;
    }

    /** The shared parameters as one value. */
    protected TouchmapParameters parameters() {
        return new TouchmapParameters(sourceDirectory, baseDirectory, failOnWarning, limits, locale, outputTimestamp);
    }

    /** The goal's work: its own parameters added to {@code request}, and the request's method for the goal run. */
    protected abstract Outcome run(Request request, TouchmapParameters parameters) throws IOException;
}
