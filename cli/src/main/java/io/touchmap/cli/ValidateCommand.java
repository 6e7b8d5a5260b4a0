package io.touchmap.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code touchmap validate}: the plugin's {@code validate} goal. */
@Command(name = "validate", mixinStandardHelpOptions = true, versionProvider = TouchmapCommand.Version.class,
        description = "Loads and validates the map, or each map of a folder of maps, and prints every problem as "
                + "path:line:col: severity CODE message; exits with 1 on errors.")
final class ValidateCommand implements Callable<Integer> {

    @ParentCommand
    private TouchmapCommand touchmap;

    @Spec
    private CommandSpec spec;

    @Mixin
    private MapOptions map;

    @Option(names = "--sarif", paramLabel = "FILE",
            description = "Also write the diagnostics as a SARIF 2.1.0 log to FILE, for code-scanning annotations.")
    private Path sarif;

    @Override
    public Integer call() throws IOException {
        return TouchmapCommand.print(map.request(touchmap).sarif(touchmap.resolve(sarif)).validate(), spec.commandLine());
    }
}
