package io.touchmap.cli;

import io.touchmap.diff.FailCondition;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code touchmap diff}: the plugin's {@code diff} goal. */
@Command(name = "diff", mixinStandardHelpOptions = true, versionProvider = TouchmapCommand.Version.class,
        description = "Compares the map with a baseline, another map directory or a git revision, and writes what "
                + "changed as diff.md, diff.html and diff.json. Set exactly one of --baseline and --base-ref.")
final class DiffCommand implements Callable<Integer> {

    @ParentCommand
    private TouchmapCommand touchmap;

    @Spec
    private CommandSpec spec;

    @Mixin
    private MapOptions map;

    @Option(names = "--baseline", paramLabel = "DIR", description = "A map directory (or folder of maps) to compare with.")
    private Path baseline;

    @Option(names = "--base-ref", paramLabel = "REVISION",
            description = "A git revision to compare with, such as origin/main or HEAD~1, read without a checkout.")
    private String baseRef;

    @Option(names = "--output-directory", paramLabel = "DIR", defaultValue = "target/touchmap",
            description = "Where the diff's files go; other files there are left alone (default: ${DEFAULT-VALUE}).")
    private Path outputDirectory;

    @Option(names = "--diff-formats", paramLabel = "FORMAT", split = ",", defaultValue = "markdown,html,json",
            description = "The files to write: markdown (diff.md), html (diff.html), json (diff.json), comma-separated "
                    + "(default: ${DEFAULT-VALUE}).")
    private List<String> diffFormats;

    @Option(names = "--fail-on", paramLabel = "CHANGES", defaultValue = "none",
            description = "Changes that fail (exit code 1) once the files are written, comma-separated: any, added, "
                    + "removed, moved, changed, status-worse, ambition-relaxed, gap-opened, emotion-worse (default: ${DEFAULT-VALUE}).")
    private String failOn;

    @Override
    public Integer call() throws IOException {
        return TouchmapCommand.print(map.request(touchmap)
                .output(touchmap.resolve(outputDirectory))
                .diffFormats(diffFormats)
                .baseline(touchmap.resolve(baseline))
                .baseRef(baseRef)
                .failOn(FailCondition.parse(failOn))
                .diff(), spec.commandLine());
    }
}
