package io.touchmap.report;

import io.touchmap.LoadResult;
import io.touchmap.Maps;
import io.touchmap.Touchmap;
import io.touchmap.diagnostic.Diagnostic;
import io.touchmap.diagnostic.SarifReport;
import io.touchmap.diff.Comparison;
import io.touchmap.diff.DiffFormat;
import io.touchmap.diff.FailCondition;
import io.touchmap.history.History;
import io.touchmap.internal.text.Labels;
import io.touchmap.internal.text.Printable;
import io.touchmap.load.Limits;
import io.touchmap.load.MapSource;
import io.touchmap.model.Location;
import io.touchmap.model.MapHistory;
import io.touchmap.output.FilesOutput;
import io.touchmap.render.MapFormat;
import io.touchmap.render.ReportSettings;
import io.touchmap.render.Written;
import io.touchmap.render.html.CollectionIndex;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;

/**
 * One run of Touchmap as a build asks for it: where the maps are, how to read and check them, and what to write
 * where. Each goal is one method, {@link #validate()}, {@link #render()}, {@link #siteReport(Path)} and
 * {@link #diff()}; each reads the source once, as one map or as a folder of maps, and returns an {@link Outcome} to
 * log. Immutable: every setting returns a new request.
 *
 * <pre>{@code
 * Outcome outcome = Request.of(Path.of("src/touchmap")).base(projectDir).output(Path.of("target/touchmap")).render();
 * outcome.lines().forEach(line -> System.out.println(line.text()));
 * }</pre>
 *
 * <p>A setting that cannot work, such as a diff with no baseline, throws {@link IllegalArgumentException} naming it;
 * a file that cannot be written throws {@link IOException} naming the file. What is wrong in a map is never thrown:
 * it is in the outcome's lines and failure.
 */
public final class Request {

    private Path source;
    private Path base;
    private Limits limits = Limits.DEFAULT;
    private ReportSettings settings = ReportSettings.DEFAULT;
    private boolean failOnWarning;
    private Path output;
    private Formats registry = Formats.DEFAULT;
    private List<MapFormat> formats;
    private List<DiffFormat> diffFormats;
    private Path sarif;
    private Path baseline;
    private String baseRef;
    private Set<FailCondition> failOn = Set.of();
    private boolean stamp = true;
    private int history;

    private Request() {
    }

    /**
     * A request for the map, or the folder of maps, in {@code source}: paths shown relative to the working directory,
     * the default limits and settings, every map format, written to {@code target/touchmap}.
     */
    public static Request of(Path source) {
        Request request = new Request();
        request.source = source.toAbsolutePath().normalize();
        request.base = Path.of("").toAbsolutePath();
        request.output = request.base.resolve("target").resolve("touchmap");
        request.formats = request.registry.map();
        request.diffFormats = request.registry.diff();
        return request;
    }

    private Request copy() {
        Request copy = new Request();
        copy.source = source;
        copy.base = base;
        copy.limits = limits;
        copy.settings = settings;
        copy.failOnWarning = failOnWarning;
        copy.output = output;
        copy.registry = registry;
        copy.formats = formats;
        copy.diffFormats = diffFormats;
        copy.sarif = sarif;
        copy.baseline = baseline;
        copy.baseRef = baseRef;
        copy.failOn = failOn;
        copy.stamp = stamp;
        copy.history = history;
        return copy;
    }

    /** The directory paths in the log and in reports are shown relative to, such as the project's. */
    public Request base(Path base) {
        Request copy = copy();
        copy.base = base.toAbsolutePath().normalize();
        return copy;
    }

    /** The bounds every map, the baseline's too, must stay within. */
    public Request limits(Limits limits) {
        Request copy = copy();
        copy.limits = Objects.requireNonNull(limits, "limits");
        return copy;
    }

    /** The language, date and threads of the reports, and the page size of the PDF's map. */
    public Request settings(ReportSettings settings) {
        Request copy = copy();
        copy.settings = Objects.requireNonNull(settings, "settings");
        return copy;
    }

    /** Whether warnings fail the build as errors do. */
    public Request failOnWarning(boolean failOnWarning) {
        Request copy = copy();
        copy.failOnWarning = failOnWarning;
        return copy;
    }

    /** The directory reports are written to. */
    public Request output(Path output) {
        Request copy = copy();
        copy.output = output.toAbsolutePath().normalize();
        return copy;
    }

    /** The formats that may be chosen, and the one of a project site; every format is chosen again. */
    public Request registry(Formats registry) {
        Request copy = copy();
        copy.registry = Objects.requireNonNull(registry, "registry");
        copy.formats = registry.map();
        copy.diffFormats = registry.diff();
        return copy;
    }

    /**
     * The map formats to render, by name, such as {@code html,pdf}.
     *
     * @throws IllegalArgumentException naming an unknown format, or when none is named
     */
    public Request formats(List<String> names) {
        List<MapFormat> chosen = registry.mapFormats(names);
        if (chosen.isEmpty()) {
            throw new IllegalArgumentException("no format to render; set formats to " + String.join(", ",
                    registry.map().stream().map(MapFormat::name).toList()) + " or several separated by commas");
        }
        Request copy = copy();
        copy.formats = chosen;
        return copy;
    }

    /**
     * The diff formats to write, by name, such as {@code markdown,json}.
     *
     * @throws IllegalArgumentException naming an unknown format, or when none is named
     */
    public Request diffFormats(List<String> names) {
        List<DiffFormat> chosen = registry.diffFormats(names);
        if (chosen.isEmpty()) {
            throw new IllegalArgumentException("no diff format to write; set diffFormats to " + String.join(", ",
                    registry.diff().stream().map(DiffFormat::name).toList()) + " or several separated by commas");
        }
        Request copy = copy();
        copy.diffFormats = chosen;
        return copy;
    }

    /** Also write the diagnostics of {@link #validate()} as a SARIF log to {@code file}; null for none. */
    public Request sarif(Path file) {
        Request copy = copy();
        copy.sarif = file == null ? null : file.toAbsolutePath().normalize();
        return copy;
    }

    /** Compare with the map, or folder of maps, in {@code directory}; set this or {@link #baseRef(String)}. */
    public Request baseline(Path directory) {
        Request copy = copy();
        copy.baseline = directory == null ? null : directory.toAbsolutePath().normalize();
        return copy;
    }

    /** Compare with the source as it was at the git revision {@code revision}; set this or {@link #baseline(Path)}. */
    public Request baseRef(String revision) {
        Request copy = copy();
        copy.baseRef = revision == null || revision.isBlank() ? null : revision.strip();
        return copy;
    }

    /** The changes that fail the build once the diff is written. */
    public Request failOn(Set<FailCondition> conditions) {
        Request copy = copy();
        copy.failOn = Set.copyOf(conditions);
        return copy;
    }

    /** Whether {@link #render()} skips the work when the output was rendered from the same inputs (the default). */
    public Request upToDateCheck(boolean check) {
        Request copy = copy();
        copy.stamp = check;
        return copy;
    }

    /**
     * How many past versions of the map {@link #render()} reads from git for the site's History page and
     * {@code history.json}: its tags that changed the map, else its last commits that did; 0 (the default) for none.
     *
     * @throws IllegalArgumentException when {@code versions} is negative
     */
    public Request history(int versions) {
        if (versions < 0) {
            throw new IllegalArgumentException("history must be 0 (none) or a number of versions, not " + versions);
        }
        Request copy = copy();
        copy.history = versions;
        return copy;
    }

    /** Loads and validates every map of the source, and writes the SARIF log when one is asked for. */
    public Outcome validate() throws IOException {
        Outcome.Builder out = new Outcome.Builder();
        Maps maps = load(out);
        if (sarif != null) {
            writeSarif(maps, out);
        }
        check(maps, out);
        return out.build();
    }

    /**
     * Validates every map, then renders each in the chosen formats into the output directory (a folder of maps as one
     * site with an index page), replacing the previous output only once the new one is complete; renders nothing when
     * a map fails validation, or when the output is up to date: rendered from the very files the loader read now,
     * with the same settings, by the same Touchmap.
     */
    public Outcome render() throws IOException {
        long start = System.nanoTime();
        if (!(stamp && RenderStamp.presentIn(output))) {
            prepare(formats);
        }
        Outcome.Builder out = new Outcome.Builder();
        Maps maps = load(out);
        check(maps, out);
        if (out.failing()) {
            return out.build();
        }
        ReportSettings settings = withHistory(maps, out);
        RenderStamp stamp = this.stamp ? RenderStamp.of(maps, describe(settings)) : null;
        if (stamp != null && stamp.matches(output)) {
            return out.info("Touchmap: " + shown(output) + " is up to date").upToDate().build();
        }
        try {
            if (maps.collection()) {
                MapCollection.Rendered rendered = MapCollection.write(maps.results(), formats, settings, output, stamp);
                for (Report.Rendered map : rendered.maps()) {
                    warnings(map, out);
                    out.wrote(map.formats());
                }
                out.info("Touchmap: wrote the " + rendered.maps().size() + " maps of " + shown(source) + "; open "
                        + shown(rendered.directory().resolve(CollectionIndex.PAGE)));
            } else {
                Report.Rendered rendered = Report.write(maps.results().get(0), formats, settings, output, stamp);
                warnings(rendered, out);
                for (Written written : rendered.formats()) {
                    out.info("Touchmap: " + written.summary(shown(rendered.directory().resolve(written.mainFile()))));
                }
                out.wrote(rendered.formats());
            }
        } catch (IllegalArgumentException e) {
            if (OutOfMemory.causedBy(e)) {
                throw e;
            }
            return out.fail("Touchmap: " + e.getMessage()).build();
        } catch (IOException e) {
            throw new IOException("cannot write the report to " + output + ": " + e.getMessage(), e);
        }
        return out.info("Touchmap: rendered in " + (System.nanoTime() - start) / 1_000_000 + " ms").build();
    }

    /**
     * Renders the maps in the format a project site shows into {@code directory}, as {@link #render()} does, without
     * an up-to-date stamp: the site's own build decides when it is made again.
     */
    public Outcome siteReport(Path directory) throws IOException {
        Request site = output(directory).upToDateCheck(false);
        site.formats = List.of(registry.site());
        return site.render();
    }

    /**
     * Compares every map of the source with the baseline, a directory or a git revision read with the same limits,
     * map by map, and writes the chosen diff formats into the output directory, leaving its other files alone; fails
     * when a change meets a {@link #failOn(Set)} condition, once the reports are written.
     *
     * @throws IllegalArgumentException when not exactly one of the baseline and the revision is set, or the baseline
     *     directory does not exist
     * @throws IOException when the revision cannot be read or the reports cannot be written
     */
    public Outcome diff() throws IOException {
        if ((baseline == null) == (baseRef == null)) {
            throw new IllegalArgumentException("set exactly one of baseline (a map directory) or baseRef (a git revision), "
                    + "such as -Dtouchmap.baseRef=origin/main");
        }
        // a mistyped path would otherwise read as a map whose every touchpoint was added
        if (baseline != null && !Files.isDirectory(baseline)) {
            throw new IllegalArgumentException("the baseline directory " + baseline + " does not exist");
        }
        Outcome.Builder out = new Outcome.Builder();
        Maps current = load(out);
        for (LoadResult result : current.results()) {
            diagnostics(result, out);
        }
        String label = baseRef != null ? baseRef : Location.relativePath(baseline, base);
        Maps before;
        if (baseRef != null) {
            try (MapSource tree = MapSource.gitTree(source, baseRef)) {
                before = Touchmap.loadMaps(tree, limits, settings.date());
            } catch (IOException e) {
                throw new IOException("cannot read the baseline: " + e.getMessage(), e);
            }
        } else {
            before = Touchmap.loadMaps(MapSource.directory(baseline), limits, settings.date());
        }
        Comparison comparison = Comparison.between(label, before, current, base, settings.language(), settings.date());
        for (LoadResult result : before.results()) {
            if (result.hasErrors()) {
                String which = before.collection() ? label + " (" + Location.displayPath(result.directory(), base) + ")" : label;
                out.warn("Touchmap: the baseline " + which + " does not validate (" + result.summary() + "); the diff shows what could be read");
                result.errors().stream().limit(Touchmap.MAX_PRINTED_DIAGNOSTICS).forEach(d -> out.warn("  baseline: " + d.format(base)));
            }
        }
        List<Written> written = new ArrayList<>();
        try (FilesOutput files = FilesOutput.into(output)) {
            for (DiffFormat format : diffFormats) {
                written.add(format.render(comparison, files));
            }
            files.commit();
        } catch (IOException e) {
            throw new IOException("cannot write the diff to " + output + ": " + e.getMessage(), e);
        }
        out.info("Touchmap diff against " + label + ": " + comparison.headline(Labels.forLanguage("en")));
        for (Written format : written) {
            out.info("Touchmap: " + format.summary(shown(output.resolve(format.mainFile()))));
        }
        out.wrote(written);
        List<String> breaches = comparison.breaches(failOn);
        if (!breaches.isEmpty()) {
            out.fail("Touchmap: " + String.join("; ", breaches));
        }
        return out.build();
    }

    /**
     * Starts a live preview of the map's site on {@code host}:{@code port} (0 for a free port): rendered in memory,
     * rendered again when a file of the map is saved, the open page reloaded; {@code log} receives what it says.
     * Close it to stop.
     *
     * @throws IOException when the address cannot be listened on
     */
    public Preview preview(String host, int port, Consumer<String> log) throws IOException {
        return Preview.start(source, limits, settings, registry.site(), base, host, port, log);
    }

    /**
     * Serves a live {@link #preview} until the thread is interrupted (or the process stopped, as Ctrl+C does); the
     * address and every render go to {@code log} as they happen.
     */
    public Outcome serve(String host, int port, Consumer<String> log) throws IOException {
        if (port < 0 || port > 65_535) {
            return new Outcome.Builder().fail("Touchmap: the port must be from 1 to 65535 (or 0 for any free port), not " + port).build();
        }
        try (Preview preview = preview(host, port, log)) {
            log.accept("Touchmap: serving " + shown(source) + " on " + preview.address() + " (stop with Ctrl+C)");
            preview.awaitClose();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return new Outcome.Builder().info("Touchmap: preview stopped").build();
    }

    /**
     * Lets {@code formats} read what they need while the map loads, on a daemon thread: what they read is read once
     * per JVM, and what fails there is met again by the render. Not when the output holds an earlier render's stamp:
     * the render may well find it up to date and read nothing, and the reading would only compete with the load.
     */
    private static void prepare(List<MapFormat> formats) {
        Thread thread = new Thread(() -> {
            for (MapFormat format : formats) {
                try {
                    format.prepare();
                } catch (RuntimeException | Error e) {
                    // the render reads the same, and reports it
                }
            }
        }, "touchmap-prepare");
        thread.setDaemon(true);
        thread.start();
    }

    private Maps load(Outcome.Builder out) {
        Maps maps = Touchmap.loadMaps(MapSource.directory(source), limits, settings.date());
        out.maps(maps);
        return maps;
    }

    /** Logs each map's diagnostics and summary; a map with errors, or warnings under failOnWarning, fails the build. */
    private void check(Maps maps, Outcome.Builder out) {
        for (LoadResult result : maps.results()) {
            diagnostics(result, out);
            String summary = "Touchmap: " + result.summary() + " in " + shown(result.directory());
            if (result.hasErrors() || (failOnWarning && !result.diagnostics().isEmpty())) {
                out.fail(summary + (result.hasErrors() ? "" : " (failOnWarning is true)"));
            } else {
                out.aboutTheMap(Outcome.Level.INFO, summary);
            }
        }
    }

    /** Errors at error level and warnings at warning level, capped as {@link Touchmap#format} caps them. */
    private void diagnostics(LoadResult result, Outcome.Builder out) {
        List<String> lines = Touchmap.format(result, base, language(result));
        List<Diagnostic> diagnostics = result.diagnostics();
        for (int i = 0; i < lines.size(); i++) {
            boolean error = i < diagnostics.size() ? diagnostics.get(i).isError() : result.hasErrors();
            out.aboutTheMap(error ? Outcome.Level.ERROR : Outcome.Level.WARNING, lines.get(i));
        }
    }

    private void writeSarif(Maps maps, Outcome.Builder out) throws IOException {
        try (FilesOutput files = FilesOutput.into(sarif.getParent())) {
            Map<Diagnostic, String> languages = new IdentityHashMap<>();
            maps.results().forEach(result -> result.diagnostics().forEach(d -> languages.put(d, language(result))));
            files.write(sarif.getFileName().toString(), SarifReport.of(maps.diagnostics(), base, languages::get));
            files.commit();
        } catch (IOException e) {
            throw new IOException("cannot write the SARIF log " + sarif + ": " + e.getMessage(), e);
        }
        out.info("Touchmap: wrote " + shown(sarif));
    }

    /** The language of {@code result}'s diagnostics: the goal's locale, else the map's own. */
    private String language(LoadResult result) {
        return settings.language() != null ? settings.language() : result.language();
    }

    private static void warnings(Report.Rendered rendered, Outcome.Builder out) {
        rendered.warnings().forEach(warning -> out.warn("Touchmap: " + Printable.of(warning)));
    }

    /**
     * The settings with the map's history when one is asked for: read from git, timed, and told in the log; a
     * shallow clone is a warning and a map outside git a note, never a failure. A folder of maps has no history yet.
     */
    private ReportSettings withHistory(Maps maps, Outcome.Builder out) {
        if (history == 0) {
            return settings;
        }
        if (maps.collection()) {
            out.info("Touchmap: history is read for a single map, not for a folder of maps");
            return settings;
        }
        long start = System.nanoTime();
        LoadResult current = maps.results().get(0);
        try {
            MapHistory read = History.read(source, history, limits, settings.date(), settings.labels(current.language()));
            out.info("Touchmap: read " + read.versions().size() + " version" + (read.versions().size() == 1 ? "" : "s")
                    + " of the map's history (" + (read.byTags() ? "tags" : "commits") + ") in "
                    + (System.nanoTime() - start) / 1_000_000 + " ms");
            if (read.shallow()) {
                out.warn("Touchmap: " + Labels.forLanguage("en").get(read.versions().isEmpty() ? "site.history.shallowNone" : "site.history.shallow"));
            }
            return settings.withHistory(read);
        } catch (IOException e) {
            // a map outside git has no history to show; the site is complete without it
            out.info("Touchmap: no history: " + e.getMessage());
            return settings;
        }
    }

    /** Everything besides the maps' files that shapes a render's output, for its up-to-date stamp. */
    private String describe(ReportSettings settings) {
        return "formats=" + formats.stream().map(MapFormat::name).toList() + "\nsettings=" + settings + "\nfailOnWarning="
                + failOnWarning + "\nlimits=" + limits.asMap();
    }

    private String shown(Path path) {
        return Location.displayPath(path, base);
    }
}
