package io.touchmap.load;

import io.touchmap.diagnostic.Diagnostic;
import io.touchmap.diagnostic.Reporter;
import io.touchmap.diagnostic.Suggestions;
import io.touchmap.diagnostic.DiagnosticText;
import io.touchmap.model.Location;
import io.touchmap.model.Observation;
import io.touchmap.model.Origin;
import io.touchmap.model.Period;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** Reads a KPI series from a CSV file with the columns {@code period,value}, kept inside the map directory. */
final class KpiDataFile {

    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .setTrim(true)
            .setIgnoreEmptyLines(true)
            .setCommentMarker('#')
            .get();

    private KpiDataFile() {
    }

    /**
     * The observations of the file {@code written} (as written in YAML, relative to the map directory); an empty
     * list after reporting at {@code writtenAt} when the path is unsafe or missing, or at the CSV line when it is malformed.
     */
    static List<Observation> read(ReadContext context, String written, Location writtenAt) {
        SourceFile source = resolve(context, written, writtenAt);
        if (source == null) {
            return List.of();
        }
        Path file = context.source().pathOf(source);
        Reporter out = context.reporter();
        String text = YamlSource.readText(context.source(), source, context.limits(), out, context.inputs());
        if (text == null) {
            return List.of();
        }
        List<Observation> series = new ArrayList<>();
        int lastLine = 1;
        try (CSVParser parser = CSVParser.parse(new StringReader(text), FORMAT)) {
            Map<String, Integer> header = parser.getHeaderMap();
            if (!header.containsKey("period") || !header.containsKey("value")) {
                out.report(DiagnosticText.BAD_HEADER, new Location(file, 1, 1), String.join(",", parser.getHeaderNames()));
                return List.of();
            }
            for (CSVRecord record : parser) {
                context.visit();
                int line = (int) parser.getCurrentLineNumber();
                lastLine = line;
                if (!record.isConsistent()) {
                    out.report(DiagnosticText.WRONG_COLUMNS, new Location(file, line, 1), record.size(), header.size());
                    continue;
                }
                observation(context, file, line, record.get("period"), record.get("value")).ifPresent(series::add);
            }
        } catch (IllegalArgumentException e) {
            // commons-csv refuses a header with an empty or repeated column name
            out.report(DiagnosticText.BAD_HEADER_NAME, new Location(file, 1, 1), firstLine(text));
            return List.of();
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            Throwable cause = e instanceof UncheckedIOException && e.getCause() != null ? e.getCause() : e;
            String problem = String.valueOf(cause.getMessage());
            Matcher where = CSV_POSITION.matcher(problem);
            // the parser names the line for some problems only; otherwise it is the line after the last good one
            Location at = new Location(file, lastLine + 1, 1);
            if (where.matches()) {
                problem = where.group(1);
                at = new Location(file, Integer.parseInt(where.group(2)), 1);
            }
            if (problem.contains("between encapsulated token and delimiter")) {
                out.report(DiagnosticText.TEXT_AFTER_QUOTE, at);
            } else if (problem.contains("EOF reached before encapsulated token finished")) {
                out.report(DiagnosticText.UNCLOSED_QUOTE, at);
            } else {
                out.report(DiagnosticText.INVALID_CSV, at, lowerFirst(problem));
            }
            return List.of();
        }
        return series;
    }

    /** How commons-csv ends a message on malformed input: {@code … at line: 3, position: 33}. */
    private static final Pattern CSV_POSITION = Pattern.compile("(.*?)\\.? at line: (\\d+), position: \\d+\\.?", Pattern.DOTALL);

    private static String firstLine(String text) {
        int end = text.indexOf('\n');
        return (end < 0 ? text : text.substring(0, end)).strip();
    }

    /** The CSV parser's own words for a problem it has no plainer words for, read as the end of a sentence. */
    private static String lowerFirst(String problem) {
        return problem.isEmpty() ? problem : Character.toLowerCase(problem.charAt(0)) + problem.substring(1);
    }

    private static java.util.Optional<Observation> observation(ReadContext context, Path file, int line, String period, String value) {
        Reporter out = context.reporter();
        Location periodAt = new Location(file, line, 1);
        Location valueAt = new Location(file, line, period.length() + 2);
        var parsed = Period.parse(period);
        if (parsed.isEmpty()) {
            out.report(DiagnosticText.BAD_CSV_PERIOD.at(periodAt, period).withHint(PeriodHint.of(period)));
            return java.util.Optional.empty();
        }
        if (!YamlObject.isNumber(value)) {
            out.report(DiagnosticText.VALUE_NOT_NUMBER, valueAt, value);
            return java.util.Optional.empty();
        }
        double number = YamlObject.decimal(value).doubleValue();
        if (Double.isInfinite(number)) {
            // as a series value in YAML is: charts and statuses need a finite number
            out.report(DiagnosticText.CSV_NUMBER_TOO_LARGE, valueAt, value);
            return java.util.Optional.empty();
        }
        Origin origin = new Origin(periodAt, Map.of("period", periodAt, "value", valueAt));
        return java.util.Optional.of(new Observation(parsed.get(), number, origin));
    }

    /** The source's file for {@code written}, or null after reporting why it cannot be read. */
    private static SourceFile resolve(ReadContext context, String written, Location at) {
        Reporter out = context.reporter();
        Path mapDirectory = context.mapDirectory();
        Path relative;
        try {
            relative = Path.of(written);
        } catch (InvalidPathException e) {
            out.report(DiagnosticText.INVALID_PATH, at, written);
            return null;
        }
        if (relative.isAbsolute() || written.startsWith("/") || written.startsWith("\\") || written.matches("^[A-Za-z]:.*")) {
            out.report(DiagnosticText.ABSOLUTE_PATH, at, written);
            return null;
        }
        Path candidate = mapDirectory.resolve(relative).normalize();
        if (!candidate.startsWith(mapDirectory.normalize())) {
            out.report(DiagnosticText.PATH_OUTSIDE, at, written);
            return null;
        }
        String path = mapDirectory.relativize(candidate).toString().replace('\\', '/');
        SourceFile file = context.source().file(path).orElse(null);
        SourceFile.Kind kind = file == null ? null : file.kind();
        if (kind == SourceFile.Kind.LINK_OUTSIDE) {
            out.report(DiagnosticText.DATA_LINK_OUTSIDE, at, written);
            return null;
        }
        if (kind == SourceFile.Kind.UNREADABLE) {
            out.report(DiagnosticText.UNREADABLE_DATA_FILE, at, written, file.detail());
            return null;
        }
        if (kind != SourceFile.Kind.FILE) {
            Diagnostic missing = DiagnosticText.NO_DATA_FILE.at(at, written);
            out.report(Suggestions.closest(path, dataFiles(context.source()))
                    .map(guess -> missing.withHint(DiagnosticText.DATA_FILE_GUESS.hint(guess)))
                    .orElse(missing));
            return null;
        }
        return file;
    }

    /** The files of the source that could be data files: readable, and not YAML. */
    private static List<String> dataFiles(MapSource source) {
        return source.files().stream()
                .filter(f -> f.kind() == SourceFile.Kind.FILE)
                .map(SourceFile::path)
                .filter(p -> !p.endsWith(".yaml") && !p.endsWith(".yml"))
                .toList();
    }
}
