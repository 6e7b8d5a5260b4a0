package io.touchmap.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code touchmap render}: the plugin's {@code render} goal. */
@Command(name = "render", mixinStandardHelpOptions = true, versionProvider = TouchmapCommand.Version.class,
        description = "Validates the map, then writes the HTML site and the PDF into the output directory; renders "
                + "nothing when the map has errors, and skips the work when nothing changed.")
final class RenderCommand implements Callable<Integer> {

    @ParentCommand
    private TouchmapCommand touchmap;

    @Spec
    private CommandSpec spec;

    @Mixin
    private MapOptions map;

    @Option(names = "--output-directory", paramLabel = "DIR", defaultValue = "target/touchmap",
            description = "Where the site and the PDF go; a render replaces its content (default: ${DEFAULT-VALUE}).")
    private Path outputDirectory;

    @Option(names = "--formats", paramLabel = "FORMAT", split = ",", defaultValue = "html,pdf",
            description = "What to render: html, pdf, mermaid (journey diagrams), comma-separated (default: ${DEFAULT-VALUE}).")
    private List<String> formats;

    @Option(names = "--page-size", paramLabel = "SIZE", defaultValue = "A3",
            description = "The paper of the PDF's map, in landscape: A3, A4, tabloid or letter (default: ${DEFAULT-VALUE}); "
                    + "the other pages stay A4 portrait.")
    private String pageSize;

    @Option(names = "--history", paramLabel = "N", defaultValue = "0",
            description = "How many past versions of the map to read from git for the site's History page and "
                    + "history.json: its tags that changed the map, else its last commits that did (default: ${DEFAULT-VALUE}, none).")
    private int history;

    @Override
    public Integer call() throws IOException {
        if (history < 0) {
            throw new ParameterException(spec.commandLine(),
                    "--history must be 0 (none) or a number of past versions to read, not " + history);
        }
        return TouchmapCommand.print(map.request(touchmap, pageSize).output(touchmap.resolve(outputDirectory)).formats(formats)
                .history(history).render(), spec.commandLine());
    }
}
