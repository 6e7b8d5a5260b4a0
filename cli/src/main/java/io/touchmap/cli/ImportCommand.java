package io.touchmap.cli;

import io.touchmap.imports.MermaidImport;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code touchmap import}: a starter map from a Mermaid {@code journey}. */
@Command(name = "import", mixinStandardHelpOptions = true, versionProvider = TouchmapCommand.Version.class,
        description = "Turns a Mermaid journey file into a starter map, map.yaml, in the source directory: sections "
                + "become stages (phases by thirds), tasks touchpoints (score - 3 as emotion), actors personas, all on one "
                + "channel 'To classify'; refuses when the directory already holds a map.")
final class ImportCommand implements Callable<Integer> {

    @ParentCommand
    private TouchmapCommand touchmap;

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "JOURNEY", description = "The Mermaid file holding a journey, such as journey.mmd.")
    private Path journey;

    @Option(names = "--source-directory", paramLabel = "DIR", defaultValue = "src/touchmap",
            description = "The directory to write the map into, created if need be (default: ${DEFAULT-VALUE}).")
    private Path sourceDirectory;

    @Option(names = "--verbose", description = "Print the stack trace of an internal error.")
    private boolean verbose;

    @Override
    public Integer call() throws IOException {
        Path file = touchmap.resolve(journey);
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new IllegalArgumentException("no journey file " + touchmap.shown(file));
        }
        MermaidImport.Starter starter;
        try {
            starter = MermaidImport.parse(text);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(touchmap.shown(file) + ": " + e.getMessage());
        }
        Path directory = touchmap.resolve(sourceDirectory);
        Path written;
        try {
            written = starter.writeTo(directory);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(e.getMessage().replace(directory.toString(), touchmap.shown(directory)));
        }
        spec.commandLine().getOut().println("Touchmap: imported " + starter.stages() + " stages and " + starter.touchpoints()
                + " touchpoints into " + touchmap.shown(written) + "; check it with: touchmap validate"
                + (sourceDirectory.equals(Path.of("src/touchmap")) ? "" : " --source-directory " + touchmap.shown(directory)));
        spec.commandLine().getOut().flush();
        return TouchmapCommand.DONE;
    }
}
