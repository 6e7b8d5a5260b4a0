package io.touchmap.load;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.touchmap.Fixtures;
import io.touchmap.LoadResult;
import io.touchmap.Touchmap;
import io.touchmap.model.Kpi;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** KPI values read from CSV files: missing, outside the map directory or malformed files are reported at the line. */
class KpiDataFileTest {

    private static final String MAP = """
            map: { id: shop, title: Shop }
            stages:
              - { id: purchase, name: Purchase, phase: purchase }
            channels:
              - { id: store, name: Store, type: analog }
            touchpoints:
              - id: checkout
                name: Checkout
                stage: purchase
                channel: store
                kpis:
                  - { id: wait, name: Waiting time, target: 5, data: %s }
            """;

    @Test
    void dataFilesThatAreMissingOutsideOrMalformedAreReportedAtTheirLine() {
        assertEquals(List.of(
                "kpis/header.csv:1:1: error TM112 the first line is 'month,amount', not the header 'period,value'; start the file with the line 'period,value'",
                "kpis/quotes.csv:3:1: error TM112 line is not valid CSV: text follows a closing quote; put quotes around a whole value only, and double a quote inside quotes (\"\")",
                "kpis/rows.csv:3:1: error TM109 period '2026-13' is not valid; use a month from 01 to 12",
                "kpis/rows.csv:4:9: error TM112 value 'five' is not a number; write digits with a '.' for decimals, such as 4.5",
                "kpis/rows.csv:5:1: error TM112 line has 1 column, not 2 as in the header; write a period and a value on each line, such as 2026-01,4.5",
                "kpis/rows.csv:7:1: error TM112 line has 3 columns, not 2 as in the header; write a period and a value on each line, such as 2026-01,4.5",
                "map.yaml:12:56: error TM110 data file 'kpis/missing.csv' does not exist; create it with the header 'period,value', or correct the path",
                "map.yaml:13:54: error TM111 data path '../outside.csv' leads outside the map directory; keep KPI data files inside the map directory",
                "map.yaml:14:58: error TM111 data path '/etc/passwd' is absolute; write it relative to the map directory, such as kpis/visits.csv"),
                Fixtures.diagnostics(KpiDataFileTest.class, "kpi-data-files"));
    }

    @Test
    void aMissingDataFileSuggestsTheFileWithTheNearestName() {
        assertEquals(List.of(
                "map.yaml:12:49: error TM110 data file 'kpis/nps.cvs' does not exist; did you mean 'kpis/nps.csv'?",
                "map.yaml:13:58: error TM110 data file 'kpis/attente.csv' does not exist; create it with the header 'period,value', or correct the path"),
                Fixtures.diagnostics(KpiDataFileTest.class, "data-file-misspelt"));
    }

    @Test
    void wellFormedDataFileGivesTheSeries() {
        LoadResult result = Fixtures.load(KpiDataFileTest.class, "kpi-data-files");
        Kpi good = result.map().kpis().stream().filter(k -> "good".equals(k.id())).findFirst().orElseThrow();
        assertEquals("kpis/good.csv", good.dataFile());
        assertEquals(List.of("2026-01=4.5", "2026-02=3.0"),
                good.series().stream().map(o -> o.period() + "=" + o.value()).toList());
    }

    @Test
    void frenchSpreadsheetFilesAreReadAndTheirOtherHabitsGetTheFix() {
        String decimalComma = "with a header separated by ',', decimals take a '.'; a header separated by ';' (period;value) allows decimal commas";
        String semicolons = "write a period and a value on each line, separated by ';' as in the header, such as 2026-01;4,5";
        assertEquals(List.of(
                "kpis/entete.csv:1:1: error TM112 the first line is 'Période;Valeur', not the header 'period,value'; "
                        + "did you mean 'period;value'? column names are written in English",
                "kpis/excel.csv:2:35: warning TM212 file is not UTF-8: read as Windows-1252, where byte 0xE9 is 'é'; "
                        + "save it as UTF-8 (in Excel: 'CSV UTF-8') so that every character is read as written",
                "kpis/excel.csv:7:1: error TM109 period '09/2026' is not valid; did you mean '2026-09'?",
                "kpis/lignes.csv:2:1: error TM112 line has 1 column, not 2 as in the header; " + semicolons,
                "kpis/lignes.csv:3:1: error TM112 line has 3 columns, not 2 as in the header; " + semicolons,
                "kpis/virgules.csv:2:1: error TM112 line has 3 columns, not 2 as in the header; write 4.5: " + decimalComma,
                "kpis/virgules.csv:3:9: error TM112 value '4,5' is not a number; write 4.5: " + decimalComma,
                "kpis/virgules.csv:5:1: error TM109 period '01/09/2026' is not valid; did you mean '2026-09-01'?"),
                Fixtures.diagnostics(KpiDataFileTest.class, "kpi-data-files-french"));
    }

    @Test
    void frenchSpreadsheetFilesGiveTheirDaysAndDecimalValues() {
        LoadResult result = Fixtures.load(KpiDataFileTest.class, "kpi-data-files-french");
        assertEquals(List.of("2026-09-01=4.5", "2026-09-08=1234.5", "2026-09-15=1000.0", "2026-09-22=3.25"), series(result, "excel"));
        assertEquals(List.of("2026-01=4.5", "2026-02=12000.75"), series(result, "bom"));
        assertEquals(List.of("2026-03=1234.5"), series(result, "virgules"));
    }

    private static List<String> series(LoadResult result, String kpi) {
        return result.map().kpis().stream().filter(k -> kpi.equals(k.id())).findFirst().orElseThrow()
                .series().stream().map(o -> o.period() + "=" + o.value()).toList();
    }

    @Test
    void aByteThatIsNeitherUtf8NorWindows1252IsAnEncodingError(@TempDir Path map) throws IOException {
        Files.write(map.resolve("wait.csv"), new byte[] {'p', 'e', 'r', 'i', 'o', 'd', ';', 'v', 'a', 'l', 'u', 'e', '\n',
            '2', '0', '2', '6', '-', '0', '1', ';', '4', (byte) 0x81, '\n'});
        Files.writeString(map.resolve("map.yaml"), MAP.formatted("wait.csv"));
        assertEquals(List.of("wait.csv:2:10: error TM005 invalid UTF-8 byte 0x81; save the file as UTF-8"), Fixtures.printed(map));
    }

    @Test
    void windows1252WarningCanBeIgnoredInMapRules(@TempDir Path map) throws IOException {
        Files.write(map.resolve("wait.csv"), "period;value\n# mesurée\n2026-01;4,5\n".getBytes(java.nio.charset.Charset.forName("windows-1252")));
        Files.writeString(map.resolve("map.yaml"), MAP.formatted("wait.csv").replace("title: Shop }", "title: Shop, rules: { TM212: ignore } }"));
        LoadResult result = Touchmap.load(map);
        assertEquals(List.of(), Touchmap.format(result, map));
        assertEquals(4.5, result.map().kpis().get(0).latest().orElseThrow().value());
    }

    @Test
    void linkLeadingOutsideTheMapDirectoryIsRefused(@TempDir Path temp) throws IOException {
        Path map = Files.createDirectories(temp.resolve("map"));
        Path secret = Files.writeString(temp.resolve("secret.csv"), "period,value\n2026-01,1\n");
        Files.createSymbolicLink(map.resolve("wait.csv"), secret);
        Files.writeString(map.resolve("map.yaml"), MAP.formatted("wait.csv"));
        assertEquals(List.of(
                "map.yaml:12:58: error TM111 data path 'wait.csv' is a link that leads outside the map directory; "
                        + "copy the file into the map directory"),
                Fixtures.printed(map));
    }

    @Test
    void linkInsideTheMapDirectoryIsFollowed(@TempDir Path temp) throws IOException {
        Path map = Files.createDirectories(temp.resolve("map"));
        Files.createDirectories(map.resolve("kpis"));
        Files.writeString(map.resolve("kpis/wait.csv"), "period,value\n2026-01,4\n");
        Files.createSymbolicLink(map.resolve("wait.csv"), map.resolve("kpis/wait.csv"));
        Files.writeString(map.resolve("map.yaml"), MAP.formatted("wait.csv"));
        LoadResult result = Touchmap.load(map);
        assertEquals(List.of(), Touchmap.format(result, map));
        assertEquals(4.0, result.map().kpis().get(0).latest().orElseThrow().value());
    }

    @Test
    void headerWithEmptyColumnNameIsReportedNotThrown(@TempDir Path map) throws IOException {
        Files.writeString(map.resolve("wait.csv"), "period,,value\n2026-01,,4\n");
        Files.writeString(map.resolve("map.yaml"), MAP.formatted("wait.csv"));
        assertEquals(List.of(
                "wait.csv:1:1: error TM112 the header 'period,,value' has an empty or repeated column name; "
                        + "start the file with the line 'period,value'"),
                Fixtures.printed(map));
    }

    @Test
    void headerWithRepeatedColumnIsNotTakenForPeriodAndValue(@TempDir Path map) throws IOException {
        Files.writeString(map.resolve("wait.csv"), "period,period\n2026-01,4\n");
        Files.writeString(map.resolve("map.yaml"), MAP.formatted("wait.csv"));
        assertEquals(List.of(
                "wait.csv:1:1: error TM112 the first line is 'period,period', not the header 'period,value'; "
                        + "start the file with the line 'period,value'"),
                Fixtures.printed(map));
    }

    @Test
    void unclosedQuoteIsReportedAtItsLine(@TempDir Path map) throws IOException {
        Files.writeString(map.resolve("wait.csv"), "period,value\n2026-01,4\n\"2026-02,5\n2026-03,6\n");
        Files.writeString(map.resolve("map.yaml"), MAP.formatted("wait.csv"));
        assertEquals(List.of(
                "wait.csv:3:1: error TM112 line is not valid CSV: a quote is never closed; "
                        + "put quotes around a whole value only, and double a quote inside quotes (\"\")"),
                Fixtures.printed(map));
    }

    @Test
    void periodsOfADataFileAreCheckedForOrderAndDuplicates(@TempDir Path map) throws IOException {
        Files.writeString(map.resolve("wait.csv"), "period,value\n2026-02,4\n2026-01,5\n2026-02,6\n");
        Files.writeString(map.resolve("map.yaml"), MAP.formatted("wait.csv"));
        assertEquals(List.of(
                "wait.csv:3:1: warning TM205 KPI 'wait' has period '2026-01' after '2026-02'; list the values in chronological order",
                "wait.csv:4:1: warning TM206 KPI 'wait' has period '2026-02' twice; first at wait.csv:2:1; "
                        + "keep one value per period: the last one is used"),
                Fixtures.printed(map));
    }
}
