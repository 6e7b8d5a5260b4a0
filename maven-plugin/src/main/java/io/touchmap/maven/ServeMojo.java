package io.touchmap.maven;

import io.touchmap.report.Outcome;
import io.touchmap.report.Request;
import java.io.IOException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * A live preview: renders the map's site in memory and serves it on {@code http://127.0.0.1:8686/}; renders it again
 * when a file of the map is saved and reloads the open page; a save that gives the map errors shows them in the page.
 * Runs until stopped with Ctrl+C. Bound to no phase: run it as {@code mvn touchmap:serve}.
 */
@Mojo(name = "serve", requiresProject = false, threadSafe = true)
public class ServeMojo extends AbstractTouchmapMojo {

    /** The port to serve on; 0 for any free port. */
    @Parameter(property = "touchmap.port", defaultValue = "8686")
    protected int port;

    /** The address to listen on: this computer only by default; another address lets other computers see the map. */
    @Parameter(property = "touchmap.host", defaultValue = "127.0.0.1")
    protected String host;

    @Override
    protected boolean shortLived() {
        return false;
    }

    @Override
    protected Outcome run(Request request, TouchmapParameters parameters) throws IOException {
        return request.serve(host, port, getLog()::info);
    }
}
