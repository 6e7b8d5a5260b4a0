package io.touchmap.benchmarks;

import io.touchmap.LoadResult;
import io.touchmap.Touchmap;
import io.touchmap.report.Formats;
import io.touchmap.report.Report;
import io.touchmap.render.ReportSettings;
import java.nio.file.Path;
import java.time.LocalDate;

/**
 * What a build pays once per JVM: validates a map and renders its HTML site and PDF, as the {@code validate} and
 * {@code render} goals do, in a fresh JVM. Time it from outside:
 *
 * <pre>
 * hyperfine --warmup 1 'java -cp … io.touchmap.benchmarks.ColdStart example-site/src/touchmap /tmp/touchmap-cold'
 * </pre>
 */
public final class ColdStart {

    private ColdStart() {
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("java.awt.headless", "true");
        LoadResult result = Touchmap.load(Path.of(args[0]));
        if (result.hasErrors()) {
            throw new IllegalStateException("the map has errors: " + result.summary());
        }
        Report.write(result, Formats.DEFAULT.map(),
                ReportSettings.DEFAULT.withDate(LocalDate.of(2026, 11, 1)), Path.of(args[1]));
    }
}
