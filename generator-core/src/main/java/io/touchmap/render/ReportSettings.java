package io.touchmap.render;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * How to render a report beyond what the map says: a language that overrides the map's {@code locale}, and the date
 * the report shows as its date (never the clock, so that two renders are byte-identical).
 *
 * @param language {@code en} or {@code fr}, or {@code null} to use the map's
 * @param date the "generated on" date, or {@code null} to use the map's {@code date}, if any
 */
public record ReportSettings(String language, LocalDate date) {

    /** The map's own language and date. */
    public static final ReportSettings DEFAULT = new ReportSettings(null, null);

    /** These settings with the language set to {@code language} (blank means the map's). */
    public ReportSettings withLanguage(String language) {
        return new ReportSettings(language == null || language.isBlank() ? null : language.strip(), date);
    }

    /** These settings with the date set to {@code date}. */
    public ReportSettings withDate(LocalDate date) {
        return new ReportSettings(language, date);
    }

    /** The language to label the report in: the override, else the map's locale. */
    public Labels labels(String mapLocale) {
        return Labels.forLanguage(language != null ? language : mapLocale);
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
