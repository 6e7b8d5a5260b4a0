package io.touchmap.maven;

import io.touchmap.report.Outcome;
import io.touchmap.report.Request;
import java.io.File;
import java.io.IOException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Loads the touchpoint map, or each map of a folder of maps, logs every problem as
 * {@code path:line:col: severity CODE message}, and fails on errors.
 */
@Mojo(name = "validate", defaultPhase = LifecyclePhase.VALIDATE, requiresProject = false, threadSafe = true)
public class ValidateMojo extends AbstractTouchmapMojo {

    /**
     * Also write the diagnostics as a SARIF 2.1.0 log to this file, such as
     * {@code ${project.build.directory}/touchmap/touchmap.sarif}, for a forge's code scanning to show them on the
     * lines they are about: one run with the results of every map. Written before the build fails, so a failing map
     * still gets its annotations.
     */
    @Parameter(property = "touchmap.sarif")
    protected File sarif;

    @Override
    protected Outcome run(Request request, TouchmapParameters parameters) throws IOException {
        return request.sarif(sarif == null ? null : sarif.toPath()).validate();
    }
}
