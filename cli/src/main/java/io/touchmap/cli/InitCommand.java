package io.touchmap.cli;

import io.touchmap.render.ReportSettings;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code touchmap init}: a small valid starter map, to edit into one's own. */
@Command(name = "init", mixinStandardHelpOptions = true, versionProvider = TouchmapCommand.Version.class,
        description = "Writes a small valid starter map, map.yaml, into the source directory; refuses when the "
                + "directory already holds a map.")
final class InitCommand implements Callable<Integer> {

    /** The file the starter map is written to. */
    static final String MAP_FILE = "map.yaml";

    @ParentCommand
    private TouchmapCommand touchmap;

    @Spec
    private CommandSpec spec;

    @Option(names = "--source-directory", paramLabel = "DIR", defaultValue = "src/touchmap",
            description = "The directory to write the map into, created if need be (default: ${DEFAULT-VALUE}).")
    private Path sourceDirectory;

    @Option(names = "--locale", paramLabel = "LANG", defaultValue = "en",
            description = "The language of the starter map, en or fr (default: ${DEFAULT-VALUE}).")
    private String locale;

    @Option(names = "--verbose", description = "Print the stack trace of an internal error.")
    private boolean verbose;

    @Override
    public Integer call() throws IOException {
        String language = ReportSettings.forBuild(locale, null).language();
        byte[] starter;
        try (InputStream in = InitCommand.class.getResourceAsStream("starter/map-" + language + ".yaml")) {
            if (in == null) {
                throw new IllegalArgumentException("no starter map in '" + language + "'; init writes one in en or fr");
            }
            starter = in.readAllBytes();
        }
        Path directory = touchmap.resolve(sourceDirectory);
        List<Path> existing = maps(directory);
        if (!existing.isEmpty()) {
            throw new IllegalArgumentException(touchmap.shown(directory) + " already holds a map (" + touchmap.shown(existing.get(0))
                    + "); init writes nothing over it");
        }
        Path file = directory.resolve(MAP_FILE);
        Files.createDirectories(directory);
        try {
            Files.write(file, starter, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        } catch (FileAlreadyExistsException e) {
            throw new IllegalArgumentException(touchmap.shown(file) + " already exists; init writes nothing over it");
        }
        spec.commandLine().getOut().println("Touchmap: wrote " + touchmap.shown(file) + "; check it with: touchmap validate"
                + (sourceDirectory.equals(Path.of("src/touchmap")) ? "" : " --source-directory " + touchmap.shown(directory)));
        spec.commandLine().getOut().flush();
        return TouchmapCommand.DONE;
    }

    /** The YAML files below {@code directory}: the loader would read them as part of the new map. */
    private static List<Path> maps(Path directory) throws IOException {
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(directory)) {
            return files.filter(Files::isRegularFile)
                    .filter(path -> path.getFileName().toString().endsWith(".yaml") || path.getFileName().toString().endsWith(".yml"))
                    .sorted()
                    .toList();
        }
    }
}
