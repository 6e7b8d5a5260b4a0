package io.touchmap.maven;

import io.touchmap.LoadResult;
import io.touchmap.model.Location;
import io.touchmap.render.MapCollection;
import io.touchmap.render.RenderStamp;
import io.touchmap.render.Report;
import io.touchmap.render.ReportSettings;
import io.touchmap.render.html.CollectionIndex;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Validates the touchpoint map, then renders it as a static HTML site and a PDF into {@code outputDirectory}; renders
 * nothing when the map has errors, and replaces the previous output only once the new one is complete. A source
 * directory whose sub-directories each hold a map is a collection: every map is rendered into its own folder, with an
 * index page linking them.
 */
@Mojo(name = "render", defaultPhase = LifecyclePhase.PACKAGE, requiresProject = false, threadSafe = true)
public class RenderMojo extends AbstractTouchmapMojo {

    /** The directory the report is written to; its previous content is replaced. */
    @Parameter(property = "touchmap.outputDirectory", defaultValue = "${project.build.directory}/touchmap")
    protected File outputDirectory;

    /** The formats to write: {@code html}, {@code pdf}, or both, comma-separated. */
    @Parameter(property = "touchmap.formats", defaultValue = "html,pdf")
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
            throw new MojoFailureException("Touchmap: no format to render; set formats to html, pdf or html,pdf");
        }
        long start = System.nanoTime();
        ReportSettings settings;
        try {
            settings = ReportSettings.forBuild(locale, outputTimestamp);
        } catch (IllegalArgumentException e) {
            throw new MojoFailureException("Touchmap: " + e.getMessage());
        }
        Path base = base();
        Path output = outputPath(outputDirectory);
        RenderStamp stamp = stamp(chosen, settings);
        if (stamp != null && stamp.matches(output)) {
            getLog().info("Touchmap: " + Location.displayPath(output, base) + " is up to date");
            return;
        }
        // Fonts, templates and the chart and PDF libraries load on another thread while the map is read.
        Report.prepare();
        List<Path> collection;
        try {
            collection = MapCollection.mapDirectories(sourceDirectory.toPath());
        } catch (IOException e) {
            throw new MojoExecutionException("Touchmap: cannot read " + sourceDirectory + ": " + e.getMessage(), e);
        }
        if (!collection.isEmpty()) {
            renderCollection(collection, chosen, settings, stamp, base);
            getLog().info("Touchmap: rendered in " + (System.nanoTime() - start) / 1_000_000 + " ms");
            return;
        }
        LoadResult result = loadAndCheck();
        Report.Written written;
        try {
            written = Report.write(result, chosen, settings, output, stamp);
        } catch (IOException e) {
            throw new MojoExecutionException("Touchmap: cannot write the report to " + output + ": " + e.getMessage(), e);
        }
        written.warnings().forEach(warning -> getLog().warn("Touchmap: " + io.touchmap.internal.text.Printable.of(warning)));
        if (chosen.contains(Report.Format.HTML)) {
            getLog().info("Touchmap: wrote " + written.htmlPages().size() + " HTML pages (" + written.files().size() + " files); open "
                    + Location.displayPath(written.directory().resolve("index.html"), base));
        }
        if (written.pdf() != null) {
            getLog().info("Touchmap: wrote a PDF of " + written.pdf().pages() + " pages: "
                    + Location.displayPath(written.directory().resolve(written.pdf().fileName()), base));
        }
        getLog().info("Touchmap: rendered in " + (System.nanoTime() - start) / 1_000_000 + " ms");
    }

    /** Validates every map of a collection, failing after reporting them all, then renders them as one site. */
    private void renderCollection(List<Path> maps, Set<Report.Format> chosen, ReportSettings settings, RenderStamp stamp, Path base)
            throws MojoExecutionException, MojoFailureException {
        List<LoadResult> results = MapCollection.load(maps, limits());
        List<String> failures = new ArrayList<>();
        for (LoadResult result : results) {
            try {
                check(result);
            } catch (MojoFailureException e) {
                failures.add(e.getMessage());
            }
        }
        if (!failures.isEmpty()) {
            throw new MojoFailureException(String.join("\n", failures));
        }
        MapCollection.Written written;
        try {
            written = MapCollection.write(results, chosen, settings, outputPath(outputDirectory), stamp);
        } catch (IllegalArgumentException e) {
            throw new MojoFailureException("Touchmap: " + e.getMessage());
        } catch (IOException e) {
            throw new MojoExecutionException("Touchmap: cannot write the report to " + outputPath(outputDirectory) + ": " + e.getMessage(), e);
        }
        for (Report.Written map : written.maps()) {
            map.warnings().forEach(warning -> getLog().warn("Touchmap: " + io.touchmap.internal.text.Printable.of(warning)));
        }
        getLog().info("Touchmap: wrote the " + written.maps().size() + " maps of " + Location.displayPath(sourceDirectory.toPath(), base)
                + "; open " + Location.displayPath(written.directory().resolve(CollectionIndex.PAGE), base));
    }

    /**
     * The stamp of this render: every input file, every setting that shapes the output, and the plugin's version;
     * null when the map directory does not exist (loading then reports it).
     */
    private RenderStamp stamp(Set<Report.Format> chosen, ReportSettings settings) throws MojoExecutionException, MojoFailureException {
        if (!sourceDirectory.isDirectory()) {
            return null;
        }
        String described = "formats=" + chosen + "\nsettings=" + settings + "\nfailOnWarning=" + failOnWarning + "\nlimits=" + limits();
        try {
            return RenderStamp.of(sourceDirectory.toPath(), described);
        } catch (IOException e) {
            throw new MojoExecutionException("Touchmap: cannot read " + sourceDirectory + ": " + e.getMessage(), e);
        }
    }
}
