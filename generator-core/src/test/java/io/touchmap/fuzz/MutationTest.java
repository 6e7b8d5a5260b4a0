package io.touchmap.fuzz;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.touchmap.LoadResult;
import io.touchmap.Touchmap;
import io.touchmap.diagnostic.SarifReport;
import io.touchmap.diff.Baseline;
import io.touchmap.diff.DiffReport;
import io.touchmap.output.MemoryOutput;
import io.touchmap.render.ReportSettings;
import io.touchmap.render.html.HtmlSite;
import io.touchmap.render.pdf.PdfDocument;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every value of every map in the repository (the example map and each test fixture), replaced in turn by each
 * {@link WrongValue}, ends in diagnostics, never in an exception or a hang: each mutant is loaded and validated, its
 * diagnostics printed and written as SARIF, and it is compared with the map it came from; then valid mutants are
 * rendered as a site and a PDF, one for each {@link Mutant#place() place}: a field of a map and a wrong value.
 *
 * <p>A build runs {@value #DEFAULT_MUTANTS} mutants drawn with a fixed seed and renders {@value #DEFAULT_RENDERS} of
 * them. {@code -Dtouchmap.mutants=all} runs every one and renders every place, {@code -Dtouchmap.mutants=2000} that many,
 * {@code -Dtouchmap.mutant=123} the one a failure names; {@code -Dtouchmap.mutants.seed}, {@code .renders} and
 * {@code .threads} change the draw, the number rendered and the threads (one per processor). A failure names each
 * mutant's file, line, column and value, and keeps the first mutant of each kind of failure under
 * {@code target/mutants/}.
 */
class MutationTest {

    static final int DEFAULT_MUTANTS = 500;
    static final int DEFAULT_RENDERS = 20;
    private static final long DEFAULT_SEED = 12;
    private static final Path EXAMPLE = Path.of("../example-site/src/touchmap");
    private static final Path RESOURCES = Path.of("src/test/resources");
    private static final Path KEPT = Path.of("target/mutants");
    /**
     * A mutant that takes more processor time than this is a failure of its own: Touchmap must not hang on any map.
     * Processor time rather than time on the clock, so that a busy machine does not make a slow mutant of a fast one.
     */
    private static final long PATIENCE_SECONDS = 60;
    private static final int FRAMES = 12;
    private static final ReportSettings SETTINGS = ReportSettings.DEFAULT.withDate(LocalDate.of(2026, 6, 1)).withThreads(1);
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    @TempDir
    Path temp;

    /** The bytes of each map's files, by their path in the map, as the mutants' files are restored to. */
    private final Map<FixtureMap, Map<String, byte[]>> originals = new IdentityHashMap<>();
    private final Map<String, List<Failure>> failures = new ConcurrentHashMap<>();
    private final Set<String> keptKinds = ConcurrentHashMap.newKeySet();
    private final Map<String, Long> spent = new ConcurrentHashMap<>();
    private final AtomicInteger workerNumbers = new AtomicInteger();

    @Test
    void noWrongValueInAnyMapMakesTouchmapThrowOrHangInsteadOfReporting() throws Exception {
        List<FixtureMap> maps = FixtureMap.all(EXAMPLE, RESOURCES);
        assertTrue(maps.stream().anyMatch(m -> m.label().equals(EXAMPLE.toString())) && maps.size() > 50,
                "the example map and the fixture maps are found from the module directory: " + maps.size());
        List<Mutant> all = mutants(maps);
        List<Mutant> chosen = chosen(all);
        int renders = Integer.getInteger("touchmap.mutants.renders", chosen.size() == all.size() ? Integer.MAX_VALUE : DEFAULT_RENDERS);
        deleteKept();

        long began = System.nanoTime();
        long processorBefore = processorTime();
        boolean[] valid = new boolean[chosen.size()];
        int checked = runAll(chosen, (mutant, worker) -> worker.check(mutant), valid);
        List<Mutant> toRender = new ArrayList<>();
        Set<String> places = new HashSet<>();
        for (int i = 0; i < checked && toRender.size() < renders; i++) {
            // one render for each wrong value in each field of each map: the same field of the next touchpoint
            // would go through the same code again, at the cost of a whole site and PDF
            if (valid[i] && places.add(chosen.get(i).place())) {
                toRender.add(chosen.get(i));
            }
        }
        int rendered = checked < chosen.size() ? 0 : runAll(toRender, (mutant, worker) -> worker.render(mutant), new boolean[toRender.size()]);

        String summary = String.format("%,d of %,d mutants of %d maps run in %.1f s, %.1f s of processor time, on %d threads "
                        + "(seed %d); %,d valid, %,d rendered", checked, all.size(), maps.size(), (System.nanoTime() - began) / 1e9,
                (processorTime() - processorBefore) / 1e9, threads(), seed(), count(valid), rendered);
        System.out.println(summary);
        new java.util.TreeMap<>(spent).forEach((step, nanos) -> System.out.printf("  %-45s %8.1f s%n", step, nanos / 1e9));
        if (!failures.isEmpty()) {
            fail(report(summary));
        }
    }

    /** Every mutant of every map: each value of each file, replaced by each wrong value a file of its kind can hold. */
    private List<Mutant> mutants(List<FixtureMap> maps) throws IOException {
        List<Mutant> mutants = new ArrayList<>();
        for (FixtureMap map : maps) {
            Map<String, byte[]> files = new LinkedHashMap<>();
            originals.put(map, files);
            for (Map.Entry<String, Path> file : map.files().entrySet()) {
                byte[] bytes = Files.readAllBytes(file.getValue());
                files.put(file.getKey(), bytes);
                String text = FixtureMap.isMutable(file.getKey()) ? utf8(bytes) : null;
                if (text == null) {
                    continue;
                }
                boolean csv = file.getKey().toLowerCase(Locale.ROOT).endsWith(".csv");
                for (MutationSite site : csv ? MutationSite.csv(text) : MutationSite.yaml(text)) {
                    for (WrongValue value : WrongValue.values()) {
                        if (site.holds(value)) {
                            mutants.add(new Mutant(mutants.size(), map, file.getKey(), site, value));
                        }
                    }
                }
            }
        }
        return mutants;
    }

    /** The text of a file, or null when it is not UTF-8: such a file is a case of its own, for the hostile suite. */
    private static String utf8(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /** The mutants this run tries: the one asked for, all of them, or a sample drawn with the seed. */
    private static List<Mutant> chosen(List<Mutant> all) {
        String one = System.getProperty("touchmap.mutant", "").strip();
        if (!one.isEmpty()) {
            return List.of(all.get(Integer.parseInt(one)));
        }
        String count = System.getProperty("touchmap.mutants", String.valueOf(DEFAULT_MUTANTS)).strip();
        if (count.equals("all")) {
            return all;
        }
        List<Mutant> shuffled = new ArrayList<>(all);
        Collections.shuffle(shuffled, new Random(seed()));
        return shuffled.subList(0, Math.min(Integer.parseInt(count), shuffled.size()));
    }

    private static long seed() {
        return Long.getLong("touchmap.mutants.seed", DEFAULT_SEED);
    }

    private static int threads() {
        return Integer.getInteger("touchmap.mutants.threads", Runtime.getRuntime().availableProcessors());
    }

    /** The processor time of the whole test JVM so far, in nanoseconds: a run's cost, whatever else the machine runs. */
    private static long processorTime() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static int count(boolean[] flags) {
        int count = 0;
        for (boolean flag : flags) {
            count += flag ? 1 : 0;
        }
        return count;
    }

    /** One step of the run applied to one mutant; true when the mutant is valid. */
    private interface Step {
        boolean apply(Mutant mutant, Worker worker) throws IOException;
    }

    /**
     * Applies {@code step} to the mutants on {@link #threads()} threads, each result at the mutant's index in
     * {@code results}; returns how many mutants were done. A mutant that hangs stops the run: its thread still uses
     * its copy of the map.
     */
    private int runAll(List<Mutant> mutants, Step step, boolean[] results) throws Exception {
        AtomicInteger next = new AtomicInteger();
        AtomicInteger done = new AtomicInteger();
        AtomicBoolean stop = new AtomicBoolean();
        java.util.concurrent.atomic.AtomicReference<Throwable> broken = new java.util.concurrent.atomic.AtomicReference<>();
        List<Worker> workers = new ArrayList<>();
        for (int i = 0; i < Math.min(threads(), mutants.size()); i++) {
            Worker worker = new Worker(() -> {
                Worker self = (Worker) Thread.currentThread();
                try {
                    for (int m; !stop.get() && (m = next.getAndIncrement()) < mutants.size(); ) {
                        self.begin(mutants.get(m));
                        results[m] = step.apply(mutants.get(m), self);
                        self.end();
                        if (done.incrementAndGet() % 1000 == 0) {
                            System.out.printf("%,d of %,d mutants%n", done.get(), mutants.size());
                        }
                    }
                } catch (IOException | RuntimeException e) {
                    broken.compareAndSet(null, e); // the test's own files, not Touchmap
                    stop.set(true);
                }
            });
            workers.add(worker);
            worker.start();
        }
        Set<Worker> hung = new HashSet<>();
        for (boolean waiting = true; waiting; ) {
            Thread.sleep(200);
            waiting = false;
            for (Worker worker : workers) {
                Mutant mutant = worker.current;
                if (!worker.isAlive() || hung.contains(worker)) {
                    continue;
                }
                waiting = true;
                if (mutant != null && worker.busy() > TimeUnit.SECONDS.toNanos(PATIENCE_SECONDS)) {
                    Throwable hang = new Throwable("did not finish within " + PATIENCE_SECONDS + " s of processor time");
                    hang.setStackTrace(worker.getStackTrace());
                    record(new Failure(mutant, "running", hang, keep(mutant, null, worker.directory(mutant.map()))));
                    hung.add(worker);
                    stop.set(true);
                }
            }
        }
        if (broken.get() != null) {
            throw new IllegalStateException("the mutation test could not write its copies of the maps", broken.get());
        }
        return done.get() + hung.size();
    }

    /** A thread that runs mutants on its own copies of the maps. */
    private final class Worker extends Thread {
        private final Path home = temp.resolve("worker-" + workerNumbers.incrementAndGet());
        private final Map<FixtureMap, Path> copies = new IdentityHashMap<>();
        private final Map<FixtureMap, Baseline> baselines = new IdentityHashMap<>();
        private volatile Mutant current;
        private volatile long startedAt;

        Worker(Runnable work) {
            super(work, "mutant");
            setDaemon(true);
        }

        void begin(Mutant mutant) {
            startedAt = THREADS.getCurrentThreadCpuTime();
            current = mutant;
        }

        void end() {
            current = null;
        }

        /** The processor time spent on the current mutant. */
        long busy() {
            return THREADS.getThreadCpuTime(getId()) - startedAt;
        }

        /** This worker's copy of {@code map}, made on first use. */
        Path directory(FixtureMap map) {
            return copies.computeIfAbsent(map, m -> {
                Path copy = home.resolve("map-" + copies.size());
                try {
                    for (Map.Entry<String, byte[]> file : originals.get(m).entrySet()) {
                        Path target = copy.resolve(file.getKey());
                        Files.createDirectories(target.getParent());
                        Files.write(target, file.getValue());
                    }
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
                return copy;
            });
        }

        /** Loads, validates, prints, writes as SARIF and compares one mutant; true when it is valid. */
        boolean check(Mutant mutant) throws IOException {
            return mutate(mutant, (directory, clock) -> {
                clock.next("loading and validating");
                LoadResult result = Touchmap.load(directory);
                clock.next("printing the diagnostics");
                Touchmap.format(result, directory);
                clock.next("writing SARIF");
                SarifReport.of(result.diagnostics(), directory);
                clock.next("comparing with the map before the change");
                DiffReport.of(baseline(mutant.map()), result, directory).writeTo(new MemoryOutput());
                return !result.hasErrors();
            });
        }

        /** Renders one valid mutant as a site and a PDF, in memory. */
        boolean render(Mutant mutant) throws IOException {
            return mutate(mutant, (directory, clock) -> {
                clock.next("loading again to render");
                LoadResult result = Touchmap.load(directory);
                MemoryOutput output = new MemoryOutput();
                clock.next("rendering the site");
                HtmlSite.render(result, SETTINGS, output);
                clock.next("rendering the PDF");
                PdfDocument.of(result, SETTINGS).writeTo(output);
                return true;
            });
        }

        private interface Use {
            boolean apply(Path directory, Stopwatch clock) throws Exception;
        }

        /** Writes the mutant into this worker's copy of its map, uses it, records what it throws, and restores the file. */
        private boolean mutate(Mutant mutant, Use use) throws IOException {
            Stopwatch clock = new Stopwatch("loading the map before the change");
            Path directory = directory(mutant.map());
            Path file = directory.resolve(mutant.file());
            byte[] original = originals.get(mutant.map()).get(mutant.file());
            try {
                baseline(mutant.map());
                Files.writeString(file, mutant.text(new String(original, StandardCharsets.UTF_8)));
                return use.apply(directory, clock);
            } catch (Throwable thrown) {
                record(new Failure(mutant, clock.doing, thrown, keep(mutant, thrown, directory)));
                return false;
            } finally {
                clock.next(null);
                Files.write(file, original);
            }
        }

        /** The unchanged map, loaded once, to compare its mutants with. */
        private Baseline baseline(FixtureMap map) {
            return baselines.computeIfAbsent(map, m -> new Baseline(m.label(), Touchmap.load(directory(m))));
        }
    }

    /** Adds up the time spent in each step of a mutant into {@link #spent}. */
    private final class Stopwatch {
        private String doing;
        private long since = System.nanoTime();

        Stopwatch(String doing) {
            this.doing = doing;
        }

        void next(String step) {
            long now = System.nanoTime();
            if (doing != null) {
                spent.merge(doing, now - since, Long::sum);
            }
            doing = step;
            since = now;
        }
    }

    /**
     * What a mutant threw, and while doing what.
     *
     * @param kept where a copy of the mutant map was kept, or null
     */
    private record Failure(Mutant mutant, String doing, Throwable thrown, Path kept) {

        /** The exception and the first frame of Touchmap's own code: mutants that fail alike fail in one place. */
        String kind() {
            return kindOf(thrown);
        }
    }

    private static String kindOf(Throwable thrown) {
        StackTraceElement place = Arrays.stream(thrown.getStackTrace())
                .filter(frame -> frame.getClassName().startsWith("io.touchmap.") && !frame.getClassName().startsWith("io.touchmap.fuzz."))
                .findFirst().orElse(thrown.getStackTrace().length > 0 ? thrown.getStackTrace()[0] : null);
        return thrown.getClass().getName() + " at " + place;
    }

    private void record(Failure failure) {
        failures.computeIfAbsent(failure.kind(), k -> Collections.synchronizedList(new ArrayList<>())).add(failure);
    }

    /** A copy of the mutant map under {@code target/mutants/<number>}, for the first mutant of each kind of failure. */
    private Path keep(Mutant mutant, Throwable thrown, Path directory) {
        if (thrown != null && !keptKinds.add(kindOf(thrown))) {
            return null;
        }
        Path kept = KEPT.resolve(String.valueOf(mutant.number()));
        try (Stream<Path> files = Files.walk(directory)) {
            for (Path source : files.filter(Files::isRegularFile).toList()) {
                Path target = kept.resolve(directory.relativize(source).toString());
                Files.createDirectories(target.getParent());
                Files.copy(source, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
            return kept;
        } catch (IOException e) {
            return null;
        }
    }

    private static void deleteKept() throws IOException {
        if (Files.isDirectory(KEPT)) {
            try (Stream<Path> files = Files.walk(KEPT)) {
                for (Path path : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
    }

    /** The failures grouped by where they happen, each group with its first mutants and its stack trace's top frames. */
    private String report(String summary) {
        List<List<Failure>> groups = new ArrayList<>(failures.values());
        groups.forEach(group -> group.sort(Comparator.comparingInt(f -> f.mutant().number())));
        groups.sort(Comparator.comparingInt((List<Failure> group) -> -group.size()).thenComparing(group -> group.get(0).kind()));
        int count = groups.stream().mapToInt(List::size).sum();
        StringBuilder text = new StringBuilder();
        text.append(count).append(count == 1 ? " mutant" : " mutants").append(" made Touchmap throw or hang instead of reporting, in ")
                .append(groups.size()).append(groups.size() == 1 ? " place" : " places").append(" (").append(summary).append(")\n");
        int number = 0;
        for (List<Failure> alike : groups) {
            Failure first = alike.get(0);
            text.append('\n').append(++number).append(") ").append(first.kind()).append(", ").append(alike.size())
                    .append(alike.size() == 1 ? " mutant" : " mutants").append('\n');
            for (Failure failure : alike.subList(0, Math.min(5, alike.size()))) {
                text.append("   mutant ").append(failure.mutant().number()).append(", while ").append(failure.doing()).append(": ")
                        .append(failure.mutant().describe()).append('\n');
            }
            if (alike.size() > 5) {
                text.append("   … and ").append(alike.size() - 5).append(" more\n");
            }
            alike.stream().filter(f -> f.kept() != null).findFirst().ifPresent(kept -> text.append("   mutant ")
                    .append(kept.mutant().number()).append(" kept in ").append(kept.kept())
                    .append("; run it alone with -Dtest=MutationTest -Dtouchmap.mutant=").append(kept.mutant().number()).append('\n'));
            appendTrace(text, first.thrown(), "   ");
        }
        return text.toString();
    }

    /**
     * The top frames of {@code thrown} and its causes: at least {@value #FRAMES}, and on until a few frames of
     * Touchmap's own code are shown, when the exception starts deep in a library.
     */
    private static void appendTrace(StringBuilder text, Throwable thrown, String indent) {
        for (Throwable cause = thrown; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            String message = String.valueOf(cause).lines().findFirst().orElse("");
            text.append(indent).append(cause == thrown ? "" : "caused by: ").append(message).append('\n');
            StackTraceElement[] frames = cause.getStackTrace();
            int shown = 0;
            int ours = 0;
            for (; shown < frames.length && (shown < FRAMES || ours < 3) && shown < 3 * FRAMES; shown++) {
                if (frames[shown].getClassName().startsWith("io.touchmap.fuzz.")) {
                    break;
                }
                ours += frames[shown].getClassName().startsWith("io.touchmap.") ? 1 : 0;
                text.append(indent).append("  at ").append(frames[shown]).append('\n');
            }
            if (shown < frames.length) {
                text.append(indent).append("  … ").append(frames.length - shown).append(" more\n");
            }
        }
    }
}
