package io.touchmap.report;

import io.touchmap.output.ReportOutput;
import io.touchmap.model.Channel;
import io.touchmap.model.ChannelType;
import io.touchmap.model.Elements;
import io.touchmap.model.Emotions;
import io.touchmap.model.Kpi;
import io.touchmap.model.LifecycleStage;
import io.touchmap.model.Location;
import io.touchmap.model.MapInfo;
import io.touchmap.model.Observation;
import io.touchmap.model.Origin;
import io.touchmap.model.Period;
import io.touchmap.model.Phase;
import io.touchmap.model.Touchpoint;
import io.touchmap.model.TouchpointMap;
import io.touchmap.model.TouchpointStatus;
import io.touchmap.model.ValueDelivered;
import io.touchmap.model.ValueProposition;
import io.touchmap.render.ReportSettings;
import io.touchmap.render.html.HtmlSite;
import io.touchmap.render.pdf.PdfDocument;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Renders a one-touchpoint map to nowhere on a background thread, once per JVM: the fonts, templates and the chart,
 * PDF and template libraries are then loaded while the real map is still being read, instead of after it.
 */
final class Warmup {

    private static final AtomicBoolean STARTED = new AtomicBoolean();

    private Warmup() {
    }

    /** Starts the warm-up unless it has started already; returns at once. */
    static void start() {
        if (STARTED.compareAndSet(false, true)) {
            Thread thread = new Thread(Warmup::run, "touchmap-warmup");
            thread.setDaemon(true);
            thread.setPriority(Thread.MIN_PRIORITY);
            thread.start();
        }
    }

    private static void run() {
        TouchpointMap map = tinyMap();
        ReportSettings settings = new ReportSettings(null, null, 1);
        try {
            PdfDocument.of(map).writeTo(OutputStream.nullOutputStream());
            HtmlSite.render(map, settings, new ReportOutput() {
                @Override
                public OutputStream create(String path) {
                    return OutputStream.nullOutputStream();
                }

                @Override
                public void close() {
                }
            });
        } catch (IOException | RuntimeException e) {
            // Nothing is written: a warm-up that fails only leaves the real render to load what it needs itself.
        }
    }

    private static TouchpointMap tinyMap() {
        Origin origin = Origin.at(new Location(Path.of("warm-up.yaml"), 1, 1));
        List<Observation> series = List.of(new Observation(Period.parse("2026-01").orElseThrow(), 4, origin),
                new Observation(Period.parse("2026-02").orElseThrow(), 6, origin));
        Kpi kpi = new Kpi("k", "K", null, "%", null, 5.0, 4.0, null, null, null, null, series, origin);
        Touchpoint touchpoint = new Touchpoint("t", "Été", "s", "c", List.of(), null, TouchpointStatus.ACTIVE, null,
                new Elements(List.of("p"), List.of(), List.of(), new Emotions(1, List.of())), List.of(), List.of(), ValueDelivered.NONE,
                List.of(kpi), origin);
        return new TouchpointMap(new MapInfo("warm-up", "Warm-up", null, MapInfo.DEFAULT_LOCALE, null, List.of(), LocalDate.of(2026, 1, 1),
                Map.of(), origin), List.of(new LifecycleStage("s", "S", Phase.PURCHASE, null, origin)),
                List.of(new Channel("c", "C", ChannelType.DIGITAL, null, null, origin)), List.of(), List.of(touchpoint),
                ValueProposition.none(origin), List.of());
    }
}
