package io.touchmap.cli;

import io.touchmap.internal.jvm.QuickCompiler;
import io.touchmap.model.Location;
import io.touchmap.report.OutOfMemory;
import io.touchmap.report.Outcome;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The {@code touchmap} command line: the goals of the Maven plugin for repositories that do not build with Maven.
 * Like a Mojo, each command maps its options to one request of the core and prints the outcome's lines, errors and
 * warnings to the error stream and the rest to the output stream; the exit code says how it went.
 */
@Command(name = "touchmap", mixinStandardHelpOptions = true, versionProvider = TouchmapCommand.Version.class,
        description = "Validates a touchpoint map kept in YAML and renders it as an HTML site and a PDF.",
        subcommands = {ValidateCommand.class, RenderCommand.class, DiffCommand.class, InitCommand.class, ImportCommand.class, ServeCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:the map is valid, or the command did its work",
            "1:the map has errors (or warnings with --fail-on-warning), or the diff breaches --fail-on",
            "2:bad usage: an unknown option, locale, format or limit, a missing baseline",
            "3:an internal error, a file that cannot be read or written, or too little memory (--verbose shows the stack trace)"})
public final class TouchmapCommand implements Runnable {

    /** The map is valid, or the command did its work. */
    public static final int DONE = 0;
    /** The map fails: errors, warnings under {@code --fail-on-warning}, or a {@code --fail-on} breach. */
    public static final int MAP_FAILS = 1;
    /** The command line cannot be run as given. */
    public static final int BAD_USAGE = 2;
    /** A bug, a file that cannot be read or written, or a JVM that cannot do the work (memory, fonts). */
    public static final int INTERNAL_ERROR = 3;

    /**
     * What a render that ran out of memory says, made before it starts, when there is memory to make it: nothing is
     * left half-written, as the output is moved into place only once whole.
     */
    private static final String OUT_OF_MEMORY = "Touchmap: Java ran out of memory: its heap holds at most "
            + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MB; give it more with -Xmx (java -Xmx1g -jar …,"
            + " or JAVA_OPTS=-Xmx1g for the touchmap launcher: 1 GB renders a map of 10,000 touchpoints)";

    private final Path workingDirectory;
    private final Map<String, String> environment;

    @Spec
    private CommandSpec spec;

    private TouchmapCommand(Path workingDirectory, Map<String, String> environment) {
        this.workingDirectory = workingDirectory.toAbsolutePath().normalize();
        this.environment = Map.copyOf(environment);
    }

    /** Runs the command line {@code args} in the working directory and exits with its exit code. */
    public static void main(String... args) {
        if (System.getProperty("java.awt.headless") == null) {
            // the charts are drawn off screen; a desktop session must not open a window or steal focus
            System.setProperty("java.awt.headless", "true");
        }
        // Java's own threads (its graphics disposer, for one) may run out of memory first: the render's thread says so
        Thread.setDefaultUncaughtExceptionHandler((thread, e) -> {
            if (!(e instanceof OutOfMemoryError)) {
                // as Java prints it without a handler
                System.err.print("Exception in thread \"" + thread.getName() + "\" ");
                e.printStackTrace();
            }
        });
        if (args.length > 0 && !args[0].equals("serve")) {
            // a command is a short batch job; serve renders again for as long as one edits
            QuickCompiler.start(QuickCompiler.EVERY_METHOD);
        }
        int code;
        try {
            code = commandLine(Path.of(""), System.getenv()).execute(args);
        } catch (Error e) {
            // out of memory, or an error of Java's own caused by it (a service it could not load, for one)
            code = INTERNAL_ERROR;
            try {
                if (!OutOfMemory.causedBy(e)) {
                    throw e;
                }
                System.err.println(OUT_OF_MEMORY);
            } catch (OutOfMemoryError again) {
                // not even this line could be written, or the check loaded; the exit code says what kind of failure
            }
        }
        System.exit(code);
    }

    /**
     * The command line, ready to {@link CommandLine#execute(String...) execute}, that resolves relative paths against
     * {@code workingDirectory}, shows paths relative to it, and reads {@code SOURCE_DATE_EPOCH} from
     * {@code environment}.
     */
    public static CommandLine commandLine(Path workingDirectory, Map<String, String> environment) {
        CommandLine commandLine = new CommandLine(new TouchmapCommand(workingDirectory, environment));
        commandLine.setExecutionExceptionHandler(TouchmapCommand::failed);
        return commandLine;
    }

    @Override
    public void run() {
        List<String> commands = List.copyOf(spec.subcommands().keySet());
        throw new ParameterException(spec.commandLine(), "choose a command: "
                + String.join(", ", commands.subList(0, commands.size() - 1)) + " or " + commands.get(commands.size() - 1));
    }

    /** {@code path} against the working directory; null stays null. */
    Path resolve(Path path) {
        return path == null ? null : workingDirectory.resolve(path).normalize();
    }

    Path workingDirectory() {
        return workingDirectory;
    }

    Map<String, String> environment() {
        return environment;
    }

    /** {@code path} as the output shows it: relative to the working directory. */
    String shown(Path path) {
        return Location.displayPath(path, workingDirectory);
    }

    /** Prints the outcome's lines and its failure, and gives the exit code it means. */
    static int print(Outcome outcome, CommandLine commandLine) {
        PrintWriter out = commandLine.getOut();
        PrintWriter err = commandLine.getErr();
        for (Outcome.Line line : outcome.lines()) {
            (line.level() == Outcome.Level.INFO ? out : err).println(line.text());
        }
        outcome.failure().ifPresent(err::println);
        out.flush();
        err.flush();
        return outcome.failed() ? MAP_FAILS : DONE;
    }

    /** A setting that cannot work is bad usage; anything else thrown is an internal error, in one line. */
    private static int failed(Exception e, CommandLine commandLine, CommandLine.ParseResult parseResult) {
        PrintWriter err = commandLine.getErr();
        if (OutOfMemory.causedBy(e)) {
            err.println(OUT_OF_MEMORY);
            err.flush();
            return INTERNAL_ERROR;
        }
        boolean verbose = commandLine.getParseResult() != null && commandLine.getParseResult().hasMatchedOption("--verbose");
        int code;
        if (e instanceof IllegalArgumentException) {
            err.println("Touchmap: " + e.getMessage());
            code = BAD_USAGE;
        } else if (e instanceof IOException || e instanceof UncheckedIOException) {
            err.println("Touchmap: " + e.getMessage());
            code = INTERNAL_ERROR;
        } else {
            err.println("Touchmap failed unexpectedly: " + e + (verbose ? "" : " (--verbose shows the stack trace)"));
            code = INTERNAL_ERROR;
        }
        if (verbose) {
            e.printStackTrace(err);
        }
        err.flush();
        return code;
    }

    /** The version the build wrote into the jar. */
    static final class Version implements CommandLine.IVersionProvider {

        @Override
        public String[] getVersion() throws IOException {
            Properties properties = new Properties();
            try (InputStream in = TouchmapCommand.class.getResourceAsStream("version.properties")) {
                if (in != null) {
                    properties.load(in);
                }
            }
            return new String[] {"touchmap " + properties.getProperty("version", "(unknown version)")};
        }
    }
}
