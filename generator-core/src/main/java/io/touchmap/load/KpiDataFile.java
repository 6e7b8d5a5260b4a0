package io.touchmap.load;

import io.touchmap.diagnostic.Diagnostic;
import io.touchmap.diagnostic.Reporter;
import io.touchmap.diagnostic.DiagnosticText;
import io.touchmap.diagnostic.Reporter;
import io.touchmap.model.Location;
import io.touchmap.model.Observation;
import io.touchmap.model.Origin;
import io.touchmap.model.Period;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a KPI series from a CSV file with the columns {@code period,value}, kept inside the map directory. The file may
 * also be written as French spreadsheets save it: columns separated by {@code ;}, decimal commas, days written
 * {@code 01/09/2026}, and Windows-1252 text.
 */
final class KpiDataFile {

    /** How the file separates its columns, decided by its header line, and what that allows in its values. */
    private enum Dialect {
        /** {@code period,value}: decimals take a {@code .}. */
        COMMA(','),
        /** {@code period;value}, as French spreadsheets write CSV: decimal commas and days written day first are read. */
        SEMICOLON(';');

        private final char separator;
        private final CSVFormat format;

        Dialect(char separator) {
            this.separator = separator;
            this.format = CSVFormat.DEFAULT.builder()
                    .setDelimiter(separator)
                    .setHeader()
                    .setSkipHeaderRecord(true)
                    .setTrim(true)
                    .setIgnoreEmptyLines(true)
                    .setCommentMarker('#')
                    .get();
        }

        /** The dialect of {@code text}: the one whose separator its header line, the first line of content, holds. */
        static Dialect of(String text) {
            return text.lines().map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#")).findFirst()
                    .map(header -> header.indexOf(';') >= 0 ? SEMICOLON : COMMA)
                    .orElse(COMMA);
        }

        String header(List<String> names) {
            return String.join(String.valueOf(separator), names);
        }
    }

    /** Column names that a person writes for {@code period} and {@code value}, without accents and in lower case. */
    private static final Map<String, String> COLUMN_NAMES = Map.ofEntries(
            Map.entry("periode", "period"), Map.entry("periodes", "period"), Map.entry("mois", "period"),
            Map.entry("date", "period"), Map.entry("jour", "period"), Map.entry("semaine", "period"),
            Map.entry("trimestre", "period"), Map.entry("annee", "period"), Map.entry("period", "period"),
            Map.entry("valeur", "value"), Map.entry("valeurs", "value"), Map.entry("value", "value"));

    private static final Pattern DIGITS = Pattern.compile("[0-9]+");

    private KpiDataFile() {
    }

    /**
     * The observations of the file {@code written} (as written in YAML, relative to the map directory); an empty
     * list after reporting at {@code writtenAt} when the path is unsafe or missing, or at the CSV line when it is malformed.
     */
    static List<Observation> read(ReadContext context, String written, Location writtenAt) {
        SourceFile source = MapPath.resolve(context, written, writtenAt, MapPath.DATA_FILE);
        if (source == null) {
            return List.of();
        }
        Path file = context.source().pathOf(source);
        Reporter out = context.reporter();
        byte[] bytes = YamlSource.readBytes(context.source(), source, context.limits(), out, context.inputs());
        String text = bytes == null ? null : decode(file, bytes, out);
        if (text == null) {
            return List.of();
        }
        Dialect dialect = Dialect.of(text);
        List<Observation> series = new ArrayList<>();
        int lastLine = 1;
        try (CSVParser parser = CSVParser.parse(new StringReader(text), dialect.format)) {
            Map<String, Integer> header = parser.getHeaderMap();
            if (!header.containsKey("period") || !header.containsKey("value")) {
                List<String> names = parser.getHeaderNames();
                Diagnostic bad = DiagnosticText.BAD_HEADER.at(new Location(file, 1, 1), dialect.header(names));
                out.report(headerMeant(names, dialect).map(meant -> bad.withHint(DiagnosticText.HEADER_GUESS.hint(meant))).orElse(bad));
                return List.of();
            }
            for (CSVRecord record : parser) {
                context.visit();
                int line = (int) parser.getCurrentLineNumber();
                lastLine = line;
                if (!record.isConsistent()) {
                    Diagnostic wrong = DiagnosticText.WRONG_COLUMNS.at(new Location(file, line, 1), record.size(), header.size());
                    out.report(wrongColumnsHint(record, header, dialect).map(wrong::withHint).orElse(wrong));
                    continue;
                }
                observation(context, file, line, record.get("period"), record.get("value"), dialect).ifPresent(series::add);
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

    private static java.util.Optional<Observation> observation(ReadContext context, Path file, int line, String writtenPeriod,
            String writtenValue, Dialect dialect) {
        Reporter out = context.reporter();
        String period = FrenchNumber.stripped(writtenPeriod);
        String value = FrenchNumber.stripped(writtenValue);
        Location periodAt = new Location(file, line, 1);
        Location valueAt = new Location(file, line, writtenPeriod.length() + 2);
        var parsed = context.period(dialect == Dialect.SEMICOLON ? PeriodHint.dayFirst(period).orElse(period) : period);
        if (parsed.isEmpty()) {
            out.report(DiagnosticText.BAD_CSV_PERIOD.at(periodAt, period).withHint(PeriodHint.of(period)));
            return java.util.Optional.empty();
        }
        String written = YamlObject.isNumber(value) ? value : FrenchNumber.asWritten(value, dialect == Dialect.SEMICOLON).orElse(null);
        if (written == null) {
            Diagnostic notNumber = DiagnosticText.VALUE_NOT_NUMBER.at(valueAt, value);
            out.report(FrenchNumber.asWritten(value, true)
                    .map(meant -> notNumber.withHint(DiagnosticText.CSV_DECIMAL_COMMA.hint(meant)))
                    .orElse(notNumber));
            return java.util.Optional.empty();
        }
        double number = YamlObject.decimal(written).doubleValue();
        if (Double.isInfinite(number)) {
            // as a series value in YAML is: charts and statuses need a finite number
            out.report(DiagnosticText.CSV_NUMBER_TOO_LARGE, valueAt, value);
            return java.util.Optional.empty();
        }
        Origin origin = new Origin(periodAt, Map.of("period", periodAt, "value", valueAt));
        return java.util.Optional.of(new Observation(parsed.get(), number, origin));
    }

    /**
     * The text of the file: UTF-8, with or without a byte-order mark, as for YAML; else Windows-1252, the encoding of
     * Excel's CSV on Windows, with a warning at the first byte that is not UTF-8; null after reporting when neither.
     */
    private static String decode(Path file, byte[] bytes, Reporter out) {
        boolean utf16 = bytes.length >= 2 && ((bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF)
                || (bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE));
        boolean utf8Mark = bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF;
        int invalid = utf16 || utf8Mark ? -1 : firstInvalidUtf8(bytes);
        if (invalid < 0) {
            return YamlSource.decode(file, bytes, out);
        }
        try {
            String text = Charset.forName("windows-1252").newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
            out.report(DiagnosticText.WINDOWS_1252, byteLocation(file, bytes, invalid),
                    String.format("%02X", bytes[invalid] & 0xFF), text.charAt(invalid));
            return text;
        } catch (CharacterCodingException e) {
            // a byte that Windows-1252 does not define either: the UTF-8 message says where the first bad byte is
            return YamlSource.decode(file, bytes, out);
        }
    }

    /** The offset of the first byte of {@code bytes} that is not valid UTF-8, or -1 when they all are. */
    private static int firstInvalidUtf8(byte[] bytes) {
        ByteBuffer input = ByteBuffer.wrap(bytes);
        try {
            StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(input);
            return -1;
        } catch (CharacterCodingException e) {
            return input.position();
        }
    }

    /** Where the byte at {@code offset} is, in a file of one byte per character. */
    private static Location byteLocation(Path file, byte[] bytes, int offset) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < offset; i++) {
            if (bytes[i] == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return new Location(file, line, offset - lineStart + 1);
    }

    /** The header a person meant by {@code names}, when they name the columns in French or with capitals. */
    private static java.util.Optional<String> headerMeant(List<String> names, Dialect dialect) {
        List<String> meant = names.stream()
                .map(name -> COLUMN_NAMES.getOrDefault(FrenchMonths.plain(FrenchNumber.stripped(name)), name))
                .toList();
        boolean both = meant.contains("period") && meant.contains("value") && meant.stream().distinct().count() == meant.size();
        return both ? java.util.Optional.of(dialect.header(meant)) : java.util.Optional.empty();
    }

    /**
     * The hint for a line with the wrong number of columns: in a file separated by {@code ;}, to separate it by
     * {@code ;} too; in a file separated by {@code ,}, to write the decimal point that a decimal comma split in two.
     */
    private static java.util.Optional<io.touchmap.diagnostic.Words> wrongColumnsHint(CSVRecord record, Map<String, Integer> header, Dialect dialect) {
        if (dialect == Dialect.SEMICOLON) {
            return java.util.Optional.of(DiagnosticText.SEMICOLON_COLUMNS.hint());
        }
        int value = header.get("value");
        if (record.size() == header.size() + 1 && value + 1 < record.size() && YamlObject.isInteger(record.get(value))
                && DIGITS.matcher(record.get(value + 1)).matches()) {
            return java.util.Optional.of(DiagnosticText.CSV_DECIMAL_COMMA.hint(record.get(value) + "." + record.get(value + 1)));
        }
        return java.util.Optional.empty();
    }
}
