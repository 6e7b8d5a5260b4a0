package io.touchmap.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.touchmap.LoadResult;
import io.touchmap.diff.Comparison;
import io.touchmap.diff.DiffFormat;
import io.touchmap.model.Touchpoint;
import io.touchmap.output.ReportOutput;
import io.touchmap.render.MapFormat;
import io.touchmap.render.ReportSettings;
import io.touchmap.render.Written;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A format is one class and its registration: nothing else of the pipeline needs to know it. */
class NewFormatTest {

    /** The touchpoints of a map, one per line: a format made up for this test. */
    private static final class OutlineFormat implements MapFormat {

        @Override
        public String name() {
            return "outline";
        }

        @Override
        public Written render(LoadResult result, ReportSettings settings, ReportOutput output) throws IOException {
            String outline = result.map().touchpoints().stream().map(Touchpoint::name).collect(Collectors.joining("\n", "", "\n"));
            output.write("outline.txt", outline);
            return new Written(name(), List.of("outline.txt"), "outline.txt",
                    "wrote an outline of " + result.map().touchpoints().size() + " touchpoints: {0}", List.of());
        }
    }

    /** The outline again, trying to read ahead of the render and failing there: the render then does without. */
    private static final class ReadingAheadFormat implements MapFormat {

        final BlockingQueue<String> readAheadOn = new LinkedBlockingQueue<>();

        @Override
        public String name() {
            return "ahead";
        }

        @Override
        public void prepare() {
            readAheadOn.add(Thread.currentThread().getName());
            throw new IllegalStateException("nothing to read ahead");
        }

        @Override
        public Written render(LoadResult result, ReportSettings settings, ReportOutput output) throws IOException {
            return new OutlineFormat().render(result, settings, output);
        }
    }

    /** The headline of a diff alone: another made-up format. */
    private static final class HeadlineFormat implements DiffFormat {

        @Override
        public String name() {
            return "headline";
        }

        @Override
        public Written render(Comparison comparison, ReportOutput output) throws IOException {
            output.write("headline.txt", comparison.headline() + "\n");
            return new Written(name(), List.of("headline.txt"), "headline.txt", "wrote the headline: {0}", List.of());
        }
    }

    private static final Formats REGISTERED = Formats.DEFAULT.with(new OutlineFormat()).with(new HeadlineFormat());

    @TempDir
    Path project;

    private Request request(Path source) {
        return Request.of(source).base(project).output(project.resolve("target/touchmap")).registry(REGISTERED);
    }

    private Path map(String folder, String id, String touchpoint) throws IOException {
        Path map = Files.createDirectories(project.resolve(folder));
        Files.writeString(map.resolve("map.yaml"), """
                map: { id: %s, title: Shop }
                stages: [{ id: buy, name: Buy, phase: purchase }]
                channels: [{ id: web, name: Web, type: digital }]
                touchpoints:
                  - { id: pay, name: %s, stage: buy, channel: web, kpis: [{ id: paid, name: Paid, target: 5, series: [{ period: 2026-01, value: 6 }] }] }
                """.formatted(id, touchpoint));
        return map;
    }

    @Test
    void aRegisteredMapFormatIsChosenByNameRenderedStampedAndLogged() throws IOException {
        Path source = map("src/touchmap", "shop", "Pay online");

        Outcome outcome = request(source).formats(List.of("outline")).render();

        assertEquals("Pay online\n", Files.readString(project.resolve("target/touchmap/outline.txt")));
        assertEquals(List.of("Touchmap: 0 errors, 0 warnings in src/touchmap",
                "Touchmap: wrote an outline of 1 touchpoints: target/touchmap/outline.txt"),
                outcome.lines().subList(0, 2).stream().map(Outcome.Line::text).toList());
        assertFalse(Files.exists(project.resolve("target/touchmap/index.html")));
        assertTrue(request(source).formats(List.of("outline")).render().upToDate());
        assertFalse(request(source).formats(List.of("outline", "html")).render().upToDate());
    }

    @Test
    void aFormatReadsAheadOnAThreadOfItsOwnWhileTheMapLoadsAndAFailureThereLeavesTheRenderToIt() throws Exception {
        Path source = map("src/touchmap", "shop", "Pay online");
        ReadingAheadFormat ahead = new ReadingAheadFormat();

        Outcome outcome = Request.of(source).base(project).output(project.resolve("target/touchmap"))
                .registry(Formats.DEFAULT.with(ahead)).formats(List.of("ahead")).render();

        assertFalse(outcome.failed());
        assertEquals("Pay online\n", Files.readString(project.resolve("target/touchmap/outline.txt")));
        assertEquals("touchmap-prepare", ahead.readAheadOn.poll(10, TimeUnit.SECONDS));
        assertNull(ahead.readAheadOn.poll(100, TimeUnit.MILLISECONDS));
    }

    @Test
    void aFormatDoesNotReadAheadOfARenderThatMayFindItsOutputUpToDate() throws Exception {
        Path source = map("src/touchmap", "shop", "Pay online");
        ReadingAheadFormat ahead = new ReadingAheadFormat();
        Request request = Request.of(source).base(project).output(project.resolve("target/touchmap"))
                .registry(Formats.DEFAULT.with(ahead)).formats(List.of("ahead"));
        request.render();
        assertEquals("touchmap-prepare", ahead.readAheadOn.poll(10, TimeUnit.SECONDS));

        assertTrue(request.render().upToDate());
        Files.writeString(source.resolve("map.yaml"), Files.readString(source.resolve("map.yaml")).replace("Pay online", "Pay"));
        assertFalse(request.render().upToDate());

        assertEquals("Pay\n", Files.readString(project.resolve("target/touchmap/outline.txt")));
        assertNull(ahead.readAheadOn.poll(500, TimeUnit.MILLISECONDS));
        assertEquals(1, request.upToDateCheck(false).render().written().size());
        assertEquals("touchmap-prepare", ahead.readAheadOn.poll(10, TimeUnit.SECONDS));
    }

    @Test
    void aRegisteredMapFormatRendersEachMapOfACollection() throws IOException {
        map("src/touchmap/france", "shop-fr", "Payer en ligne");
        map("src/touchmap/spain", "shop-es", "Pagar en línea");

        Outcome outcome = request(project.resolve("src/touchmap")).formats(List.of("outline")).render();

        assertFalse(outcome.failed());
        assertEquals("Payer en ligne\n", Files.readString(project.resolve("target/touchmap/shop-fr/outline.txt")));
        assertEquals("Pagar en línea\n", Files.readString(project.resolve("target/touchmap/shop-es/outline.txt")));
        assertEquals(List.of("outline", "outline"), outcome.written().stream().map(Written::format).toList());
    }

    @Test
    void aRegisteredDiffFormatIsWrittenBesideTheOthers() throws IOException {
        Path before = map("before", "shop", "Pay");
        Path source = map("src/touchmap", "shop", "Pay online");

        Outcome outcome = request(source).baseline(before).diffFormats(List.of("headline", "json")).diff();

        assertEquals("1 touchpoint changed\n", Files.readString(project.resolve("target/touchmap/headline.txt")));
        assertTrue(Files.exists(project.resolve("target/touchmap/diff.json")));
        assertFalse(Files.exists(project.resolve("target/touchmap/diff.md")));
        assertEquals(List.of("json", "headline"), outcome.written().stream().map(Written::format).toList());
    }
}
