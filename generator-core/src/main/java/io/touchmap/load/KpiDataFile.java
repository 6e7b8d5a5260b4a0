package io.touchmap.load;

import io.touchmap.diagnostic.Reporter;
import io.touchmap.diagnostic.DiagnosticCode;
import io.touchmap.model.Location;
import io.touchmap.model.Observation;
import io.touchmap.model.Origin;
import io.touchmap.model.Period;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
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
        Path file = resolve(context, written, writtenAt);
        if (file == null) {
            return List.of();
        }
        Reporter out = context.reporter();
        String text = YamlSource.readText(file, context.limits(), out);
        if (text == null) {
            return List.of();
        }
        List<Observation> series = new ArrayList<>();
        int lastLine = 1;
        try (CSVParser parser = CSVParser.parse(new StringReader(text), FORMAT)) {
            Map<String, Integer> header = parser.getHeaderMap();
            if (!header.containsKey("period") || !header.containsKey("value")) {
                out.report(DiagnosticCode.DATA_FILE_MALFORMED, new Location(file, 1, 1),
                        "the first line is '" + String.join(",", parser.getHeaderNames()) + "', not the header 'period,value'",
                        "start the file with the line 'period,value'");
                return List.of();
            }
            for (CSVRecord record : parser) {
                context.visit();
                int line = (int) parser.getCurrentLineNumber();
                lastLine = line;
                if (!record.isConsistent()) {
                    out.report(DiagnosticCode.DATA_FILE_MALFORMED, new Location(file, line, 1),
                            "line has " + columns(record.size()) + ", not " + header.size() + " as in the header",
                            "write a period and a value on each line, such as 2026-01,4.5");
                    continue;
                }
                observation(context, file, line, record.get("period"), record.get("value")).ifPresent(series::add);
            }
        } catch (IllegalArgumentException e) {
            // commons-csv refuses a header with an empty or repeated column name
            out.report(DiagnosticCode.DATA_FILE_MALFORMED, new Location(file, 1, 1),
                    "the header '" + firstLine(text) + "' has an empty or repeated column name",
                    "start the file with the line 'period,value'");
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
            out.report(DiagnosticCode.DATA_FILE_MALFORMED, at, "line is not valid CSV: " + plain(problem),
                    "put quotes around a whole value only, and double a quote inside quotes (\"\")");
            return List.of();
        }
        return series;
    }

    /** How commons-csv ends a message on malformed input: {@code … at line: 3, position: 33}. */
    private static final Pattern CSV_POSITION = Pattern.compile("(.*?)\\.? at line: (\\d+), position: \\d+\\.?", Pattern.DOTALL);

    private static String columns(int count) {
        return count + (count == 1 ? " column" : " columns");
    }

    private static String firstLine(String text) {
        int end = text.indexOf('\n');
        return (end < 0 ? text : text.substring(0, end)).strip();
    }

    /** The CSV parser's problem in the words of a person editing the file. */
    private static String plain(String problem) {
        if (problem.contains("between encapsulated token and delimiter")) {
            return "text follows a closing quote";
        }
        if (problem.contains("EOF reached before encapsulated token finished")) {
            return "a quote is never closed";
        }
        return problem.isEmpty() ? problem : Character.toLowerCase(problem.charAt(0)) + problem.substring(1);
    }

    private static java.util.Optional<Observation> observation(ReadContext context, Path file, int line, String period, String value) {
        Reporter out = context.reporter();
        Location periodAt = new Location(file, line, 1);
        Location valueAt = new Location(file, line, period.length() + 2);
        var parsed = Period.parse(period);
        if (parsed.isEmpty()) {
            out.report(DiagnosticCode.BAD_PERIOD, periodAt, "period '" + period + "' is not valid", PeriodHint.of(period));
            return java.util.Optional.empty();
        }
        if (!YamlObject.isNumber(value)) {
            out.report(DiagnosticCode.DATA_FILE_MALFORMED, valueAt, "value '" + value + "' is not a number",
                    "write digits with a '.' for decimals, such as 4.5");
            return java.util.Optional.empty();
        }
        double number = YamlObject.decimal(value).doubleValue();
        if (Double.isInfinite(number)) {
            // as a series value in YAML is: charts and statuses need a finite number
            out.report(DiagnosticCode.OUT_OF_RANGE, valueAt, "value '" + value + "' is too large to be a number",
                    "use a number with fewer digits");
            return java.util.Optional.empty();
        }
        Origin origin = new Origin(periodAt, Map.of("period", periodAt, "value", valueAt));
        return java.util.Optional.of(new Observation(parsed.get(), number, origin));
    }

    /** The real file for {@code written}, or null after reporting why it cannot be read. */
    private static Path resolve(ReadContext context, String written, Location at) {
        Reporter out = context.reporter();
        Path mapDirectory = context.mapDirectory();
        Path relative;
        try {
            relative = Path.of(written);
        } catch (InvalidPathException e) {
            out.report(DiagnosticCode.DATA_FILE_MISSING, at, "'" + written + "' is not a valid path", "write a path such as kpis/visits.csv");
            return null;
        }
        if (relative.isAbsolute() || written.startsWith("/") || written.startsWith("\\") || written.matches("^[A-Za-z]:.*")) {
            out.report(DiagnosticCode.DATA_FILE_OUTSIDE, at, "data path '" + written + "' is absolute",
                    "write it relative to the map directory, such as kpis/visits.csv");
            return null;
        }
        Path candidate = mapDirectory.resolve(relative).normalize();
        if (!candidate.startsWith(mapDirectory.normalize())) {
            out.report(DiagnosticCode.DATA_FILE_OUTSIDE, at, "data path '" + written + "' leads outside the map directory",
                    "keep KPI data files inside the map directory");
            return null;
        }
        if (!Files.isRegularFile(candidate)) {
            out.report(DiagnosticCode.DATA_FILE_MISSING, at, "data file '" + written + "' does not exist",
                    "create it with the header 'period,value', or correct the path");
            return null;
        }
        try {
            Path real = candidate.toRealPath();
            if (!real.startsWith(mapDirectory.toRealPath())) {
                out.report(DiagnosticCode.DATA_FILE_OUTSIDE, at, "data path '" + written + "' is a link that leads outside the map directory",
                        "copy the file into the map directory");
                return null;
            }
            return candidate;
        } catch (IOException e) {
            out.report(DiagnosticCode.UNREADABLE, at, "cannot read data file '" + written + "': " + e.getMessage(), null);
            return null;
        }
    }
}
