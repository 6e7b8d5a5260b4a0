package io.touchmap.diff;

import io.touchmap.LoadResult;
import io.touchmap.output.ReportOutput;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The diff of one map, ready to be written: the baseline, the current map, what changed between them, the directory
 * paths in the report are relative to, and the language of the report. Written as {@code diff.md},
 * {@code diff.html} and {@code diff.json}.
 *
 * <pre>{@code
 * DiffReport report = DiffReport.of(Baseline.ofRevision(dir, "origin/main"), Touchmap.load(dir), projectBase);
 * report.writeTo(output);
 * }</pre>
 *
 * @param base the directory that file paths in the report are shown relative to
 * @param language {@code en} or {@code fr}, or null for the current map's language (else the baseline's)
 */
public record DiffReport(Baseline baseline, LoadResult current, MapDiff diff, Path base, String language) {

    /** The Markdown file, made for a pull-request comment. */
    public static final String MARKDOWN = "diff.md";
    /** The self-contained HTML page. */
    public static final String HTML = "diff.html";
    /** The machine-readable change set. */
    public static final String JSON = "diff.json";

    public DiffReport {
        Objects.requireNonNull(baseline, "baseline");
        Objects.requireNonNull(current, "current");
        Objects.requireNonNull(diff, "diff");
        Objects.requireNonNull(base, "base");
    }

    /** A report in the maps' own language. */
    public DiffReport(Baseline baseline, LoadResult current, MapDiff diff, Path base) {
        this(baseline, current, diff, base, null);
    }

    /** Compares {@code current} with {@code baseline}. */
    public static DiffReport of(Baseline baseline, LoadResult current, Path base) {
        return of(baseline, current, base, null);
    }

    /** Compares {@code current} with {@code baseline}, judging KPIs' staleness on {@code buildDate} when a map has no date. */
    public static DiffReport of(Baseline baseline, LoadResult current, Path base, LocalDate buildDate) {
        return new DiffReport(baseline, current, MapDiff.between(baseline.result().map(), current.map(), buildDate), base);
    }

    /** The same report in {@code language} ({@code en} or {@code fr}; null for the maps' own). */
    public DiffReport inLanguage(String language) {
        return new DiffReport(baseline, current, diff, base, language);
    }

    /** What the change does to the map as a whole, the diagnostics it introduces and resolves included. */
    public Consequences consequences() {
        return Consequences.of(diff.before(), diff.after(), baseline.result().diagnostics(), current.diagnostics());
    }

    /** Writes {@value #MARKDOWN}, {@value #HTML} and {@value #JSON}. */
    public void writeTo(ReportOutput output) throws IOException {
        output.write(MARKDOWN, MarkdownDiff.render(this));
        output.write(HTML, HtmlDiff.render(this));
        output.write(JSON, JsonDiff.render(this));
    }
}
