package io.touchmap.cli;

import io.touchmap.load.Limits;
import io.touchmap.render.ReportSettings;
import io.touchmap.report.Request;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Option;

/**
 * The options {@code validate}, {@code render} and {@code diff} share, named as the plugin's user properties without
 * their {@code touchmap.} prefix, and the core's request they make.
 */
final class MapOptions {

    /** The environment variable of the reproducible-builds convention: the date, in seconds since 1970-01-01. */
    static final String SOURCE_DATE_EPOCH = "SOURCE_DATE_EPOCH";

    @Option(names = "--source-directory", paramLabel = "DIR", defaultValue = "src/touchmap",
            description = "The map directory, or a folder whose sub-folders each hold a map (default: ${DEFAULT-VALUE}).")
    Path sourceDirectory;

    @Option(names = "--locale", paramLabel = "LANG",
            description = "The language of the reports, en or fr; without it, each map's own locale.")
    String locale;

    @Option(names = "--fail-on-warning", description = "Fail (exit code 1) when a map has warnings, not only errors.")
    boolean failOnWarning;

    @Option(names = "--limit", paramLabel = "NAME=VALUE",
            description = "An input limit changed by name, such as maxTouchpoints=200000; repeatable.")
    Map<String, String> limits = new LinkedHashMap<>();

    @Option(names = "--date", paramLabel = "DATE",
            description = "The date the reports show, such as 2026-11-01; without it, " + SOURCE_DATE_EPOCH
                    + " (seconds since 1970-01-01), else the map's own date. Never the clock.")
    String date;

    @Option(names = "--verbose", description = "Print the stack trace of an internal error.")
    boolean verbose;

    /** The core's request for these options, paths resolved against the working directory. */
    Request request(TouchmapCommand touchmap) {
        return request(touchmap, null);
    }

    /** The same request with the PDF's map printed on the page size named {@code pageSize} (null for A3). */
    Request request(TouchmapCommand touchmap, String pageSize) {
        return Request.of(touchmap.resolve(sourceDirectory))
                .base(touchmap.workingDirectory())
                .limits(Limits.DEFAULT.with(limits))
                .settings(ReportSettings.forBuild(locale, timestamp(touchmap.environment()), pageSize))
                .failOnWarning(failOnWarning);
    }

    /** The report date as a reproducible-build timestamp: {@code --date}, else {@code SOURCE_DATE_EPOCH}, else none. */
    private String timestamp(Map<String, String> environment) {
        if (date != null) {
            try {
                return LocalDate.parse(date.strip()) + "T00:00:00Z";
            } catch (DateTimeParseException e) {
                if (ReportSettings.timestampDate(date).isPresent()) {
                    return date;
                }
                throw new IllegalArgumentException("--date must be a day such as 2026-11-01, not '" + date + "'");
            }
        }
        String epoch = environment.get(SOURCE_DATE_EPOCH);
        if (epoch == null || epoch.isBlank()) {
            return null;
        }
        if (!epoch.strip().chars().allMatch(Character::isDigit) || ReportSettings.timestampDate(epoch).isEmpty()) {
            throw new IllegalArgumentException(SOURCE_DATE_EPOCH + " must be a number of seconds since 1970-01-01, not '" + epoch + "'");
        }
        return epoch.strip();
    }
}
