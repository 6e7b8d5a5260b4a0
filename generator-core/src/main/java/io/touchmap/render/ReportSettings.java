package io.touchmap.render;

import io.touchmap.internal.text.Labels;
import io.touchmap.internal.work.WorkPool;
import io.touchmap.model.MapHistory;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * How to render a report beyond what the map says: a language that overrides the map's {@code locale}, the date
 * the report shows as its date (never the clock, so that two renders are byte-identical), how many threads
 * may render it (the output is the same with any number), and the paper the PDF's map is printed on.
 *
 * @param language {@code en} or {@code fr}, or {@code null} to use the map's
 * @param date the "generated on" date, or {@code null} to use the map's {@code date}, if any
 * @param threads the most threads the render may use; 0 for one per processor
 * @param history the map's past versions, which the site shows on a History page and in {@code history.json};
 *     {@link MapHistory#NONE} for none (its commits are part of the settings' text, so of the up-to-date stamp)
 * @param pageSize the size of the PDF's map page, in landscape; the rest of the PDF stays A4 portrait
 */
public record ReportSettings(String language, LocalDate date, int threads, MapHistory history, PageSize pageSize) {

    /** The map's own language and date, rendered with one thread per processor. */
    public static final ReportSettings DEFAULT = new ReportSettings(null, null);

    public ReportSettings {
        if (threads < 0) {
            throw new IllegalArgumentException("threads must be 0 (one per processor) or more, not " + threads);
        }
        history = history == null ? MapHistory.NONE : history;
        pageSize = pageSize == null ? PageSize.DEFAULT : pageSize;
    }

    /** Settings with {@code language}, {@code date} and {@code threads}, no history, the map on the default page size. */
    public ReportSettings(String language, LocalDate date, int threads) {
        this(language, date, threads, MapHistory.NONE, PageSize.DEFAULT);
    }

    /** Settings with {@code language} and {@code date}, rendered with one thread per processor. */
    public ReportSettings(String language, LocalDate date) {
        this(language, date, 0);
    }

    /** These settings with the language set to {@code language} (blank means the map's). */
    public ReportSettings withLanguage(String language) {
        return new ReportSettings(language == null || language.isBlank() ? null : language.strip(), date, threads, history, pageSize);
    }

    /** These settings with the date set to {@code date}. */
    public ReportSettings withDate(LocalDate date) {
        return new ReportSettings(language, date, threads, history, pageSize);
    }

    /** These settings with the map's past versions set to {@code history}. */
    public ReportSettings withHistory(MapHistory history) {
        return new ReportSettings(language, date, threads, history, pageSize);
    }

    /** These settings with at most {@code threads} threads (0 for one per processor, 1 for a sequential render). */
    public ReportSettings withThreads(int threads) {
        return new ReportSettings(language, date, threads, history, pageSize);
    }

    /** These settings with the PDF's map printed on {@code pageSize} (null for {@link PageSize#DEFAULT}). */
    public ReportSettings withPageSize(PageSize pageSize) {
        return new ReportSettings(language, date, threads, history, pageSize);
    }

    /** The number of threads to render with: {@link #threads()}, or one per processor when it is 0. */
    public int parallelism() {
        return threads == 0 ? WorkPool.defaultThreads() : threads;
    }

    /** The language to label the report in: the override, else the map's locale. */
    public Labels labels(String mapLocale) {
        return Labels.forLanguage(language != null ? language : mapLocale);
    }

    /**
     * The settings of a build: {@code locale} overrides the map's language when set, and the report is dated with
     * the day of {@code outputTimestamp} ({@code project.build.outputTimestamp}) when it has one.
     *
     * @throws IllegalArgumentException naming the locale when it is neither {@code en} nor {@code fr}
     */
    public static ReportSettings forBuild(String locale, String outputTimestamp) {
        if (locale != null && !locale.isBlank() && !Labels.LANGUAGES.contains(locale.strip())) {
            throw new IllegalArgumentException("unknown locale '" + locale + "'; expected one of " + Labels.LANGUAGES);
        }
        return DEFAULT.withLanguage(locale).withDate(timestampDate(outputTimestamp).orElse(null));
    }

    /**
     * {@link #forBuild(String, String)} with the PDF's map printed on the page size named {@code pageSize}
     * ({@code A3}, {@code A4}, {@code tabloid} or {@code letter}, in any case; blank for A3).
     *
     * @throws IllegalArgumentException naming the locale or the page size when it is not one of those accepted
     */
    public static ReportSettings forBuild(String locale, String outputTimestamp, String pageSize) {
        return forBuild(locale, outputTimestamp).withPageSize(PageSize.parse(pageSize));
    }

    /**
     * Every setting by name, as a record writes itself ({@code ReportSettings[language=fr, date=…]}): part of the
     * up-to-date stamp's text. Written out because a record's own is linked through java.lang.invoke at its first
     * call, milliseconds in the short JVM of a build.
     */
    @Override
    public String toString() {
        return "ReportSettings[language=" + language + ", date=" + date + ", threads=" + threads + ", history=" + history
                + ", pageSize=" + pageSize + "]";
    }

    /**
     * The date of a reproducible-build timestamp as Maven writes {@code project.build.outputTimestamp}: an ISO-8601
     * instant with an offset ({@code 2026-11-01T00:00:00Z}) or seconds since the epoch; empty for anything else,
     * including the single character Maven uses to disable it.
     */
    public static Optional<LocalDate> timestampDate(String timestamp) {
        if (timestamp == null || timestamp.isBlank()) {
            return Optional.empty();
        }
        String text = timestamp.strip();
        try {
            if (text.chars().allMatch(Character::isDigit)) {
                return Optional.of(LocalDate.ofInstant(Instant.ofEpochSecond(Long.parseLong(text)), ZoneOffset.UTC));
            }
            return Optional.of(OffsetDateTime.parse(text).atZoneSameInstant(ZoneOffset.UTC).toLocalDate());
        } catch (DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
    }
}
