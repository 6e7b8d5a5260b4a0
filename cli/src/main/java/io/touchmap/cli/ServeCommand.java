package io.touchmap.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code touchmap serve}: the plugin's {@code serve} goal, a live preview of the site. */
@Command(name = "serve", mixinStandardHelpOptions = true, versionProvider = TouchmapCommand.Version.class,
        description = "Renders the map's site in memory and serves it on a local address; renders it again when a "
                + "file of the map is saved, and reloads the open page. Stop it with Ctrl+C.")
final class ServeCommand implements Callable<Integer> {

    @ParentCommand
    private TouchmapCommand touchmap;

    @Spec
    private CommandSpec spec;

    @Mixin
    private MapOptions map;

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "8686",
            description = "The port to serve on; 0 for any free port (default: ${DEFAULT-VALUE}).")
    private int port;

    @Option(names = "--host", paramLabel = "ADDRESS", defaultValue = "127.0.0.1",
            description = "The address to listen on (default: ${DEFAULT-VALUE}, this computer only); another "
                    + "address lets other computers see the map.")
    private String host;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        return TouchmapCommand.print(map.request(touchmap).serve(host, port, line -> {
            out.println(line);
            out.flush();
        }), spec.commandLine());
    }
}
