package io.touchmap.maven;

import io.touchmap.report.Outcome;
import io.touchmap.report.Request;
import java.io.File;
import java.io.IOException;
import java.util.List;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Validates the touchpoint map, then renders it as a static HTML site and a PDF into {@code outputDirectory}; renders
 * nothing when the map has errors, or when the output is up to date, and replaces the previous output only once the
 * new one is complete. A source directory whose sub-directories each hold a map is a collection: every map is
 * rendered into its own folder, with an index page linking them.
 */
@Mojo(name = "render", defaultPhase = LifecyclePhase.PACKAGE, requiresProject = false, threadSafe = true)
public class RenderMojo extends AbstractTouchmapMojo {

    /** The directory the report is written to; its previous content is replaced. */
    @Parameter(property = "touchmap.outputDirectory", defaultValue = "${project.build.directory}/touchmap")
    protected File outputDirectory;

    /** The formats to write: {@code html}, {@code pdf}, or both, comma-separated. */
    @Parameter(property = "touchmap.formats", defaultValue = "html,pdf")
    protected List<String> formats;

    /**
     * How many past versions of the map to read from git for the site's History page and {@code history.json}: its
     * tags that changed the map directory, else its last commits that did; 0 for none.
     */
    @Parameter(property = "touchmap.history", defaultValue = "0")
    protected int history;

    /**
     * The paper of the PDF's map, printed in landscape: {@code A3}, {@code A4}, {@code tabloid} or {@code letter}, in
     * any case. Every other page of the PDF stays A4 portrait.
     */
    @Parameter(property = "touchmap.pageSize", defaultValue = "A3")
    protected String pageSize;

    @Override
    protected TouchmapParameters parameters() {
        TouchmapParameters shared = super.parameters();
        return new TouchmapParameters(shared.sourceDirectory(), shared.baseDirectory(), shared.failOnWarning(), shared.limits(),
                shared.locale(), shared.outputTimestamp(), pageSize);
    }

    @Override
    protected Outcome run(Request request, TouchmapParameters parameters) throws IOException {
        Request render = request.output(parameters.outputPath(outputDirectory)).history(history);
        return (formats == null ? render : render.formats(formats)).render();
    }
}
