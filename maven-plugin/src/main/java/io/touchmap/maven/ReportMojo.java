package io.touchmap.maven;

import java.io.File;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.reporting.AbstractMavenReport;
import org.apache.maven.reporting.MavenReportException;

/**
 * The touchpoint map's HTML site as a report of {@code mvn site}: it appears under the project site as
 * {@code touchmap/index.html}, with an entry in the project reports menu; a folder of maps appears as one site with
 * an index page. It runs as the other goals do: a map with errors fails the site with the same message.
 */
@Mojo(name = "report", defaultPhase = LifecyclePhase.SITE, threadSafe = true)
public class ReportMojo extends AbstractMavenReport {

    /** The directory holding the map's YAML files (and its KPI CSV files), or a folder whose sub-folders each hold a map. */
    @Parameter(property = "touchmap.sourceDirectory", defaultValue = "${project.basedir}/src/touchmap")
    protected File sourceDirectory;

    /** Fail the site when a map has warnings, not only when it has errors. */
    @Parameter(property = "touchmap.failOnWarning", defaultValue = "false")
    protected boolean failOnWarning;

    /** Skip the report. */
    @Parameter(property = "touchmap.skip", defaultValue = "false")
    protected boolean skip;

    /** Raised (or lowered) input limits by name, as for the other goals. */
    @Parameter
    protected Map<String, String> limits;

    /** The language of the report's labels, {@code en} or {@code fr}; overrides each map's {@code locale}. */
    @Parameter(property = "touchmap.locale")
    protected String locale;

    /**
     * The paper of the PDF's map, printed in landscape: {@code A3}, {@code A4}, {@code tabloid} or {@code letter}, in
     * any case. Every other page of the PDF stays A4 portrait.
     */
    @Parameter(property = "touchmap.pageSize", defaultValue = "A3")
    protected String pageSize;

    /** The reproducible-build timestamp, whose date the report shows as its date. */
    @Parameter(defaultValue = "${project.build.outputTimestamp}", readonly = true)
    protected String outputTimestamp;

    /**
     * How many past versions of the map to read from git for the site's History page and {@code history.json}: its
     * tags that changed the map directory, else its last commits that did; 0 for none.
     */
    @Parameter(property = "touchmap.history", defaultValue = "12")
    protected int history;

    /** The build, to tell a reactor of several modules from a single one. */
    @Parameter(defaultValue = "${session}", readonly = true, required = true)
    protected MavenSession session;

    @Override
    public String getOutputName() {
        return "touchmap/index";
    }

    @Override
    public String getName(Locale locale) {
        return "Touchpoint map";
    }

    @Override
    public String getDescription(Locale locale) {
        return "The customer touchpoint map: lifecycle stages, channels, touchpoints, KPIs, value proposition and competitors.";
    }

    @Override
    public boolean isExternalReport() {
        return true;
    }

    @Override
    public boolean canGenerateReport() {
        return !skip && sourceDirectory != null && sourceDirectory.isDirectory();
    }

    @Override
    protected void executeReport(Locale siteLocale) throws MavenReportException {
        File base = project == null ? null : project.getBasedir();
        TouchmapParameters parameters = new TouchmapParameters(sourceDirectory, base, failOnWarning, limits, locale, outputTimestamp,
                pageSize);
        Path directory = new File(getReportOutputDirectory(), "touchmap").toPath();
        try {
            parameters.run(BuildLog.of(getLog(), session, project, getPluginContext()), request -> request.history(history).siteReport(directory));
        } catch (MojoExecutionException | MojoFailureException e) {
            throw new MavenReportException(e.getMessage(), e);
        }
    }
}
