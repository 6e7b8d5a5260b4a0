package io.touchmap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.touchmap.diagnostic.DiagnosticCode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * {@code docs/diagnostics.md} lists exactly the codes of {@link DiagnosticCode}, each once, with its default severity
 * and its meaning word for word: the table {@code | Code | Severity | Meaning | Example |}, one row per code.
 */
class DiagnosticsDocumentationTest {

    private static final Path PAGE = Path.of("../docs/diagnostics.md");
    private static final Pattern CODE = Pattern.compile("TM[0-9]{3}");
    private static final Pattern CELL_SEPARATOR = Pattern.compile("(?<!\\\\)\\|");

    /** A row of the table, without its example. */
    private record Row(String code, String severity, String meaning) {
        static Row of(DiagnosticCode code) {
            return new Row(code.code(), code.defaultSeverity().label(), code.meaning());
        }

        String markdown() {
            return "| " + code + " | " + severity + " | " + meaning + " | `…: " + severity + " " + code + " …` |";
        }
    }

    @Test
    void thePageListsEveryCodeWithItsSeverityAndMeaningAndNoOtherCode() throws IOException {
        Map<String, Row> expected = new LinkedHashMap<>();
        Arrays.stream(DiagnosticCode.values()).map(Row::of).forEach(row -> expected.put(row.code(), row));
        List<Row> documented = documentedRows();
        Map<String, Row> page = new LinkedHashMap<>();
        documented.forEach(row -> page.putIfAbsent(row.code(), row));

        List<String> problems = new ArrayList<>();
        expected.forEach((code, row) -> {
            Row written = page.get(code);
            if (written == null) {
                problems.add("add the row " + row.markdown() + " with an example of the message");
            } else if (!written.equals(row)) {
                problems.add("change the severity and meaning of " + code + " to: | " + code + " | " + row.severity() + " | "
                        + row.meaning() + " |");
            }
        });
        page.keySet().stream().filter(code -> !expected.containsKey(code))
                .forEach(code -> problems.add("remove the row of " + code + ": DiagnosticCode has no such code"));
        documented.stream().map(Row::code).filter(code -> documented.stream().filter(r -> r.code().equals(code)).count() > 1)
                .distinct().forEach(code -> problems.add("keep one row of " + code + ": it is listed more than once"));

        assertEquals(sortedByCode(expected.values()), sortedByCode(documented),
                PAGE + " does not match " + DiagnosticCode.class.getName() + ":\n- " + String.join("\n- ", problems));
    }

    private static List<Row> sortedByCode(Collection<Row> rows) {
        return rows.stream().sorted(Comparator.comparing(Row::code)).toList();
    }

    /** The rows of the page whose first cell is a code, in the page's order. */
    private static List<Row> documentedRows() throws IOException {
        assertTrue(Files.isRegularFile(PAGE), PAGE.toAbsolutePath() + " is missing");
        List<Row> rows = new ArrayList<>();
        for (String line : Files.readAllLines(PAGE)) {
            if (!line.startsWith("|")) {
                continue;
            }
            String[] cells = CELL_SEPARATOR.split(line.trim().substring(1), -1);
            if (cells.length >= 3 && CODE.matcher(cells[0].trim()).matches()) {
                rows.add(new Row(cells[0].trim(), cells[1].trim(), cells[2].trim().replace("\\|", "|")));
            }
        }
        return rows;
    }
}
