package io.touchmap.maven;

import io.touchmap.LoadResult;
import io.touchmap.Touchmap;
import io.touchmap.render.Report;
import io.touchmap.render.ReportSettings;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Locale;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.reporting.AbstractMavenReport;
import org.apache.maven.reporting.MavenReportException;

/**
 * The touchpoint map's HTML site as a report of {@code mvn site}: it appears under the project site as
 * {@code touchmap/index.html}, with an entry in the project reports menu.
 */
@Mojo(name = "report", defaultPhase = LifecyclePhase.SITE, threadSafe = true)
public class ReportMojo extends AbstractMavenReport {

    /** The directory holding the map's YAML files (and its KPI CSV files). */
    @Parameter(property = "touchmap.sourceDirectory", defaultValue = "${project.basedir}/src/touchmap")
    protected File sourceDirectory;

    /** The language of the report's labels, {@code en} or {@code fr}; overrides the map's {@code locale}. */
    @Parameter(property = "touchmap.locale")
    protected String locale;

    /** Skip the report. */
    @Parameter(property = "touchmap.skip", defaultValue = "false")
    protected boolean skip;

    /** The reproducible-build timestamp, whose date the report shows as its date. */
    @Parameter(defaultValue = "${project.build.outputTimestamp}", readonly = true)
    protected String outputTimestamp;

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
        ReportSettings settings;
        try {
            settings = ReportSettings.forBuild(locale, outputTimestamp);
        } catch (IllegalArgumentException e) {
            throw new MavenReportException("Touchmap: " + e.getMessage());
        }
        Path base = project == null ? Path.of("").toAbsolutePath() : project.getBasedir().toPath();
        LoadResult result = Touchmap.load(sourceDirectory.toPath());
        AbstractTouchmapMojo.log(result, base, getLog());
        if (result.hasErrors()) {
            throw new MavenReportException("Touchmap: " + result.summary() + " in "
                    + io.touchmap.model.Location.displayPath(result.directory(), base));
        }
        File directory = new File(getReportOutputDirectory(), "touchmap");
        try {
            Report.Written written = Report.write(result, EnumSet.of(Report.Format.HTML), settings, directory.toPath());
            getLog().info("Touchmap: wrote the site report, " + written.htmlPages().size() + " HTML pages, to " + directory);
        } catch (IOException e) {
            throw new MavenReportException("Touchmap: cannot write the report to " + directory + ": " + e.getMessage(), e);
        }
    }
}
