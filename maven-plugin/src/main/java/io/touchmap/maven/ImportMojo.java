package io.touchmap.maven;

import io.touchmap.imports.MermaidImport;
import io.touchmap.model.Location;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Turns a Mermaid {@code journey} file into a starter map, {@code map.yaml} in the source directory: sections become
 * stages (phases by thirds), tasks touchpoints (score − 3 as emotion score), actors personas, on one channel
 * "To classify". Refuses, naming the file, when the directory already holds a map.
 */
@Mojo(name = "import", requiresProject = false, threadSafe = true)
public class ImportMojo extends AbstractMojo {

    /** The Mermaid file holding the journey, such as {@code journey.mmd}. */
    @Parameter(property = "touchmap.journey", required = true)
    protected File journey;

    /** The directory to write the map into, created if need be; it must hold no map yet. */
    @Parameter(property = "touchmap.sourceDirectory", defaultValue = "${project.basedir}/src/touchmap")
    protected File sourceDirectory;

    /** The directory paths in the log are shown relative to. */
    @Parameter(defaultValue = "${project.basedir}", readonly = true)
    protected File baseDirectory;

    @Override
    public void execute() throws MojoExecutionException {
        Path base = baseDirectory == null ? Path.of("").toAbsolutePath() : baseDirectory.toPath();
        Path file = journey.toPath();
        Path directory = sourceDirectory.toPath();
        try {
            String text;
            try {
                text = Files.readString(file, StandardCharsets.UTF_8);
            } catch (NoSuchFileException e) {
                throw new IllegalArgumentException("no journey file " + Location.displayPath(file, base));
            }
            MermaidImport.Starter starter;
            try {
                starter = MermaidImport.parse(text);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(Location.displayPath(file, base) + ": " + e.getMessage());
            }
            Path written = starter.writeTo(directory);
            getLog().info("Touchmap: imported " + starter.stages() + " stages and " + starter.touchpoints() + " touchpoints into "
                    + Location.displayPath(written, base) + "; check it with: mvn touchmap:validate");
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException("Touchmap: " + e.getMessage()
                    .replace(directory.toString(), Location.displayPath(directory, base)), e);
        } catch (IOException e) {
            throw new MojoExecutionException("Touchmap: cannot write the map: " + e.getMessage(), e);
        }
    }
}
