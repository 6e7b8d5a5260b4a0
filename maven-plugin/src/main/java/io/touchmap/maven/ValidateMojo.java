package io.touchmap.maven;

import io.touchmap.LoadResult;
import io.touchmap.diagnostic.SarifReport;
import io.touchmap.Touchmap;
import io.touchmap.model.Location;
import io.touchmap.output.FilesOutput;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/** Loads the touchpoint map, logs every problem as {@code path:line:col: severity CODE message}, and fails on errors. */
@Mojo(name = "validate", defaultPhase = LifecyclePhase.VALIDATE, requiresProject = false, threadSafe = true)
public class ValidateMojo extends AbstractTouchmapMojo {

    /**
     * Also write the diagnostics as a SARIF 2.1.0 log to this file, such as
     * {@code ${project.build.directory}/touchmap/touchmap.sarif}, for a forge's code scanning to show them on the
     * lines they are about. Written before the build fails, so a failing map still gets its annotations.
     */
    @Parameter(property = "touchmap.sarif")
    protected File sarif;

    @Override
    protected void run() throws MojoExecutionException, MojoFailureException {
        LoadResult result = Touchmap.load(sourceDirectory.toPath(), limits());
        if (sarif != null) {
            writeSarif(result);
        }
        check(result);
    }

    private void writeSarif(LoadResult result) throws MojoExecutionException {
        Path file = sarif.toPath().toAbsolutePath().normalize();
        try (FilesOutput output = FilesOutput.into(file.getParent())) {
            output.write(file.getFileName().toString(), SarifReport.of(result.diagnostics(), base()));
            output.commit();
        } catch (IOException e) {
            throw new MojoExecutionException("cannot write the SARIF log " + file + ": " + e.getMessage(), e);
        }
        getLog().info("Touchmap: wrote " + Location.displayPath(file, base()));
    }
}
