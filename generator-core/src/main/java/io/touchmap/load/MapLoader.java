package io.touchmap.load;

import io.touchmap.diagnostic.Reporter;
import io.touchmap.diagnostic.Diagnostic;
import io.touchmap.diagnostic.DiagnosticCode;
import io.touchmap.diagnostic.DiagnosticText;
import io.touchmap.diagnostic.Suggestions;
import io.touchmap.model.Location;
import io.touchmap.model.MapInfo;
import io.touchmap.model.Origin;
import io.touchmap.model.TouchpointMap;
import io.touchmap.model.ValueProposition;
import io.touchmap.internal.work.WorkPool;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Reads a map from its source: every {@code *.yaml} and {@code *.yml} file below the source's root, in sorted path
 * order, each parsed on its own (in parallel, the largest first), then concatenated into one map. Structural problems
 * are reported here; the rules of {@code io.touchmap.validate} check the result.
 */
public final class MapLoader {

    /**
     * The map, the problems found while reading it, and the files read.
     *
     * @param complete true when every file could be read as YAML; when one could not, the map lacks its content,
     *     so checks across files (references, coverage, the missing {@code map}) would only mislead
     * @param inputs every file read, YAML and CSV, in path order, each with a digest of the bytes read
     */
    public record Loaded(TouchpointMap map, List<Diagnostic> diagnostics, boolean complete, List<InputFile> inputs) {
    }

    /** The codes after which a file contributes nothing to the map. */
    private static final java.util.Set<DiagnosticCode> FILE_UNREAD = java.util.EnumSet.of(DiagnosticCode.YAML_SYNTAX,
            DiagnosticCode.FORBIDDEN_TAG, DiagnosticCode.LIMIT_EXCEEDED, DiagnosticCode.ENCODING, DiagnosticCode.UNREADABLE);

    private final Limits limits;

    public MapLoader(Limits limits) {
        this.limits = limits;
    }

    /** Reads the map in {@code directory}; never throws for anything the directory holds. */
    public Loaded load(Path directory) {
        return load(MapSource.directory(directory));
    }

    /** Reads the map of {@code source}; never throws for anything the source holds. */
    public Loaded load(MapSource source) {
        Path mapDirectory = source.root();
        Reporter out = new Reporter(mapDirectory);
        List<SourceFile> yaml = yamlFiles(source, out);
        List<Path> files = yaml.stream().map(source::pathOf).toList();
        List<FileResult> results = readFiles(source, yaml);
        List<MapFragment> fragments = new ArrayList<>();
        java.util.SortedSet<InputFile> inputs = new java.util.TreeSet<>();
        for (FileResult result : results) {
            out.addAll(result.diagnostics());
            fragments.add(result.fragment());
            inputs.addAll(result.inputs());
        }
        int admitted = admitted(fragments, files, out);
        boolean complete = !files.isEmpty() && admitted == fragments.size()
                && out.diagnostics().stream().noneMatch(d -> FILE_UNREAD.contains(d.code()));
        TouchpointMap map = merge(mapDirectory, files, fragments, admitted, complete, out);
        oneMessagePerRefusedId(map, fragments, out);
        // an alias repeats the same node, and so the same problem, wherever it is used: report each once
        return new Loaded(map, out.diagnostics().stream().distinct().toList(), complete, List.copyOf(inputs));
    }

    private record FileResult(MapFragment fragment, List<Diagnostic> diagnostics, List<InputFile> inputs) {
    }

    /**
     * Each file read on its own, the largest first, on as many threads as the machine has processors: each thread
     * takes the next file as it finishes one, so the last to finish is at most one file behind the others. The results
     * are in the order of {@code yaml}, whatever thread read each.
     */
    private List<FileResult> readFiles(MapSource source, List<SourceFile> yaml) {
        Integer[] largestFirst = new Integer[yaml.size()];
        for (int i = 0; i < largestFirst.length; i++) {
            largestFirst[i] = i;
        }
        Arrays.sort(largestFirst, Comparator.comparingLong((Integer i) -> yaml.get(i).size()).reversed());
        FileResult[] results = new FileResult[yaml.size()];
        try {
            WorkPool.run(results.length, WorkPool.defaultThreads(), part -> {
                int file = largestFirst[part];
                results[file] = readFile(source, yaml.get(file));
            });
        } catch (IOException e) {
            // reading a file reports what goes wrong instead of throwing
            throw new UncheckedIOException(e);
        }
        return List.of(results);
    }

    private FileResult readFile(MapSource source, SourceFile yaml) {
        Path file = source.pathOf(yaml);
        Reporter out = new Reporter(source.root());
        List<InputFile> inputs = new ArrayList<>();
        ReadContext context = new ReadContext(file, source, limits, out, inputs);
        MapReader reader = new MapReader(context);
        String text = YamlSource.readText(source, yaml, limits, out, inputs);
        if (text != null) {
            context.fileText(text);
            try {
                for (Node document : YamlSource.compose(file, text, limits, out)) {
                    reader.read(document);
                }
            } catch (ReadContext.LimitReached e) {
                out.report(e.text(), new Location(file, 1, 1), e.arguments());
            } catch (StackOverflowError e) {
                out.report(DiagnosticText.STACK_TOO_DEEP, new Location(file, 1, 1), limits.maxDepth());
            }
        }
        return new FileResult(reader.fragment(), out.diagnostics(), inputs);
    }

    /** The YAML files of {@code source} in sorted path order, after reporting what cannot be read. */
    private List<SourceFile> yamlFiles(MapSource source, Reporter out) {
        Path directory = source.root();
        Location whole = Location.of(directory);
        if (source.absence().isPresent()) {
            out.addAll(List.of(source.absence().get()));
            return List.of();
        }
        List<SourceFile> files = new ArrayList<>();
        long totalBytes = 0;
        for (SourceFile file : source.files()) {
            // a name Java cannot spell has no path to be reported at
            Location at = file.kind() == SourceFile.Kind.NAME_NOT_SPELLED ? whole : Location.of(source.pathOf(file));
            switch (file.kind()) {
                case FILE -> {
                    if (file.isYaml()) {
                        totalBytes += file.size();
                        files.add(file);
                    }
                }
                case UNREADABLE -> out.report(DiagnosticText.UNREADABLE_ENTRY, at, file.detail());
                case UNSAFE_NAME -> out.report(DiagnosticText.BASELINE_FILE_NAME, whole, file.path());
                case NAME_NOT_SPELLED -> out.report(DiagnosticText.NAME_NOT_SPELLED, whole, file.path(), file.detail());
                case LINK_NOT_FOLLOWED -> out.report(DiagnosticText.BASELINE_LINK, at);
                case LINK_TO_NOTHING -> {
                    if (file.isYaml()) {
                        out.report(DiagnosticText.DANGLING_LINK, at);
                    }
                }
                case LINK_OUTSIDE -> {
                    if (file.isYaml()) {
                        out.report(DiagnosticText.YAML_LINK_OUTSIDE, at);
                    }
                }
                case NOT_A_FILE -> {
                    if (file.isYaml()) {
                        out.report(DiagnosticText.NOT_REGULAR_FILE, at);
                    }
                }
            }
        }
        if (files.isEmpty()) {
            out.report(DiagnosticText.NO_YAML_FILE, whole);
            return List.of();
        }
        if (files.size() > limits.maxFiles()) {
            out.report(DiagnosticText.TOO_MANY_FILES, whole, files.size(), limits.maxFiles());
            return List.of();
        }
        if (totalBytes > limits.maxTotalBytes()) {
            out.report(DiagnosticText.MAP_TOO_LARGE, whole, totalBytes, limits.maxTotalBytes());
            return List.of();
        }
        return files;
    }

    /** How many files, in order, the map's size limits admit the touchpoints of; reports the file that goes over. */
    private int admitted(List<MapFragment> fragments, List<Path> files, Reporter out) {
        Counts counts = new Counts();
        for (int i = 0; i < fragments.size(); i++) {
            if (!counts.admit(fragments.get(i), files.get(i), limits, out)) {
                return i;
            }
        }
        return fragments.size();
    }

    /** The fragments concatenated; touchpoints only from the first {@code admitted} files, the rest of every file. */
    private TouchpointMap merge(Path directory, List<Path> files, List<MapFragment> fragments, int admitted, boolean complete,
            Reporter out) {
        MapFragment all = new MapFragment();
        for (int i = 0; i < fragments.size(); i++) {
            MapFragment fragment = fragments.get(i);
            all.infos.addAll(fragment.infos);
            all.stages.addAll(fragment.stages);
            all.channels.addAll(fragment.channels);
            all.personas.addAll(fragment.personas);
            if (i < admitted) {
                all.touchpoints.addAll(fragment.touchpoints);
            }
            all.valuePropositions.addAll(fragment.valuePropositions);
            all.competitors.addAll(fragment.competitors);
        }
        Location start = files.isEmpty() ? Location.of(directory) : new Location(files.get(0), 1, 1);
        MapInfo info;
        if (all.infos.isEmpty()) {
            if (complete) {
                out.report(DiagnosticText.NO_MAP, start);
            }
            info = new MapInfo(null, null, null, MapInfo.DEFAULT_LOCALE, null, List.of(), null, Map.of(), Origin.at(start));
        } else {
            info = all.infos.get(0);
            repeated(all.infos.stream().map(MapInfo::origin).toList(), "map", out);
        }
        ValueProposition proposition = all.valuePropositions.isEmpty()
                ? ValueProposition.none(Origin.at(start))
                : all.valuePropositions.get(0);
        repeated(all.valuePropositions.stream().map(ValueProposition::origin).toList(), "valueProposition", out);
        return new TouchpointMap(info, all.stages, all.channels, all.personas, all.touchpoints, proposition, all.competitors);
    }

    /**
     * One invalid id, one message: a reference written as the invalid id of a stage, channel or persona (or as an
     * invalid id that corrects to the same) is not reported again, and the message at the element's id says how many
     * references to change with it.
     */
    private static void oneMessagePerRefusedId(TouchpointMap map, List<MapFragment> fragments, Reporter out) {
        List<RefusedId> refused = new ArrayList<>();
        map.stages().forEach(stage -> RefusedId.of("stage", stage.id(), stage.origin()).ifPresent(refused::add));
        map.channels().forEach(channel -> RefusedId.of("channel", channel.id(), channel.origin()).ifPresent(refused::add));
        map.personas().forEach(persona -> RefusedId.of("persona", persona.id(), persona.origin()).ifPresent(refused::add));
        if (refused.isEmpty()) {
            return;
        }
        Map<RefusedId, Integer> references = new java.util.LinkedHashMap<>();
        java.util.Set<Diagnostic> forgiven = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (MapFragment fragment : fragments) {
            for (MapFragment.BadReference reference : fragment.badReferences) {
                refused.stream().filter(id -> id.isMeantBy(reference.kind(), reference.written())).findFirst().ifPresent(id -> {
                    forgiven.add(reference.problem());
                    references.merge(id, 1, Integer::sum);
                });
            }
        }
        // importance is keyed by stage id, checked against the stages after loading: its invalid keys count too
        for (var component : map.valueProposition().components()) {
            for (String stage : component.importance().keySet()) {
                if (!YamlObject.ID.matcher(stage).matches()) {
                    refused.stream().filter(id -> id.isMeantBy("stage", stage)).findFirst()
                            .ifPresent(id -> references.merge(id, 1, Integer::sum));
                }
            }
        }
        out.diagnostics().removeIf(forgiven::contains);
        references.forEach((id, count) -> out.diagnostics().replaceAll(d -> d.code() != DiagnosticCode.BAD_ID
                || !d.location().equals(id.at()) ? d
                : d.withHint(id.suggestion().isEmpty()
                        ? DiagnosticText.BAD_ID_REFERENCED.hint(count)
                        : DiagnosticText.ID_GUESS_REFERENCED.hint(id.suggestion(), count))));
    }

    /** The invalid id of a stage, channel or persona, reported where it is written, and the id it suggests. */
    private record RefusedId(String kind, String written, String suggestion, Location at) {

        static java.util.Optional<RefusedId> of(String kind, String id, Origin origin) {
            return id != null ? java.util.Optional.empty() : origin.refusedText("id")
                    .map(written -> new RefusedId(kind, written, Suggestions.asId(written), origin.field("id")));
        }

        /** True when a reference of {@code kind} written as {@code reference} means this element. */
        boolean isMeantBy(String kind, String reference) {
            return this.kind.equals(kind) && (written.equals(reference)
                    || !suggestion.isEmpty() && suggestion.equals(Suggestions.asId(reference)));
        }
    }

    /** Running totals of the map's size, to stop at the file that takes it over a limit. */
    private static final class Counts {
        private long touchpoints;
        private long kpis;
        private long observations;

        /** Adds the fragment of {@code file}; false (after reporting) when that takes the map over a limit. */
        boolean admit(MapFragment fragment, Path file, Limits limits, Reporter out) {
            touchpoints += fragment.touchpoints.size();
            for (var touchpoint : fragment.touchpoints) {
                kpis += touchpoint.kpis().size();
                for (var kpi : touchpoint.kpis()) {
                    observations += kpi.series().size();
                }
            }
            if (touchpoints > limits.maxTouchpoints()) {
                out.report(DiagnosticText.TOO_MANY_TOUCHPOINTS, Location.of(file), limits.maxTouchpoints());
            } else if (kpis > limits.maxKpis()) {
                out.report(DiagnosticText.TOO_MANY_KPIS, Location.of(file), limits.maxKpis());
            } else if (observations > limits.maxObservations()) {
                out.report(DiagnosticText.TOO_MANY_KPI_VALUES, Location.of(file), limits.maxObservations());
            } else {
                return true;
            }
            return false;
        }
    }

    private static void repeated(List<Origin> origins, String section, Reporter out) {
        for (Origin again : origins.subList(Math.min(1, origins.size()), origins.size())) {
            out.report(DiagnosticText.SECTION_REPEATED, again.at(), section, out.where(origins.get(0).at()));
        }
    }
}
