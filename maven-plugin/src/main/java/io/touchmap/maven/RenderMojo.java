package io.touchmap.maven;

import io.touchmap.LoadResult;
import io.touchmap.model.Location;
import io.touchmap.render.Labels;
import io.touchmap.render.Report;
import io.touchmap.render.ReportSettings;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Validates the touchpoint map, then renders it as a static HTML site into {@code outputDirectory}; renders nothing
 * when the map has errors, and replaces the previous output only once the new one is complete.
 */
@Mojo(name = "render", defaultPhase = LifecyclePhase.PACKAGE, requiresProject = false, threadSafe = true)
public class RenderMojo extends AbstractTouchmapMojo {

    /** The directory the report is written to; its previous content is replaced. */
    @Parameter(property = "touchmap.outputDirectory", defaultValue = "${project.build.directory}/touchmap")
    protected File outputDirectory;

    /** The formats to write, such as {@code html}. */
    @Parameter(property = "touchmap.formats", defaultValue = "html")
    protected List<String> formats;

    /** The language of the report's labels, {@code en} or {@code fr}; overrides the map's {@code locale}. */
    @Parameter(property = "touchmap.locale")
    protected String locale;

    /** The reproducible-build timestamp, whose date the report shows as its date. */
    @Parameter(defaultValue = "${project.build.outputTimestamp}", readonly = true)
    protected String outputTimestamp;

    @Override
    protected void run() throws MojoExecutionException, MojoFailureException {
        Set<Report.Format> chosen;
        try {
            chosen = Report.formats(formats == null ? List.of() : formats);
        } catch (IllegalArgumentException e) {
            throw new MojoFailureException("Touchmap: " + e.getMessage());
        }
        if (chosen.isEmpty()) {
            throw new MojoFailureException("Touchmap: no format to render; set formats to html");
        }
        if (locale != null && !locale.isBlank() && !Labels.LANGUAGES.contains(locale.strip())) {
            throw new MojoFailureException("Touchmap: unknown locale '" + locale + "'; expected one of " + Labels.LANGUAGES);
        }
        LoadResult result = loadAndCheck();
        ReportSettings settings = ReportSettings.DEFAULT.withLanguage(locale)
                .withDate(ReportSettings.timestampDate(outputTimestamp).orElse(null));
        Path base = baseDirectory == null ? Path.of("").toAbsolutePath() : baseDirectory.toPath();
        Report.Written written;
        try {
            written = Report.write(result, chosen, settings, outputDirectory.toPath());
        } catch (UnsupportedOperationException e) {
            throw new MojoFailureException("Touchmap: " + e.getMessage());
        } catch (IOException e) {
            throw new MojoExecutionException("Touchmap: cannot write the report to " + outputDirectory + ": " + e.getMessage(), e);
        }
        getLog().info("Touchmap: wrote " + written.htmlPages().size() + " HTML pages (" + written.files().size() + " files); open "
                + Location.displayPath(written.directory().resolve("index.html"), base));
    }
}
