package io.touchmap.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.touchmap.diagnostic.Diagnostic;
import io.touchmap.LoadResult;
import io.touchmap.Touchmap;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The hostile-input suite: each file of {@code src/test/resources/hostile/} is a map of its own, and loading it
 * ends in exactly these diagnostics — never an exception, a hang, a class load or a read outside the map. Cases
 * too large or too odd to commit (deep nesting, huge values, thousands of files, links, pipes) are built here.
 */
class HostileInputTest {

    private static final Map<String, List<String>> EXPECTED = Map.ofEntries(
                Map.entry("anchors-on-ids", List.of(
                        "anchors-on-ids.yaml:7:14: error TM105 touchpoint 't' is repeated through a YAML alias; write each touchpoint once, with its own id, instead of repeating it with '*'",
                        "anchors-on-ids.yaml:7:14: warning TM201 touchpoint 't' has no KPI; add a KPI under 'kpis' to measure it")),
                Map.entry("billion-laughs", List.of(
                        "billion-laughs.yaml:1:1: error TM101 unknown key 'a' in the file; did you mean 'map'?",
                        "billion-laughs.yaml:1:1: error TM113 no file declares the 'map' section; add 'map:' with at least 'id' and 'title' to one file",
                        "billion-laughs.yaml:2:1: error TM101 unknown key 'b' in the file; allowed keys: map, stages, channels, personas, touchpoints, valueProposition, competitors",
                        "billion-laughs.yaml:3:1: error TM101 unknown key 'c' in the file; allowed keys: map, stages, channels, personas, touchpoints, valueProposition, competitors",
                        "billion-laughs.yaml:4:1: error TM101 unknown key 'd' in the file; allowed keys: map, stages, channels, personas, touchpoints, valueProposition, competitors",
                        "billion-laughs.yaml:5:1: error TM101 unknown key 'e' in the file; allowed keys: map, stages, channels, personas, touchpoints, valueProposition, competitors",
                        "billion-laughs.yaml:6:1: error TM101 unknown key 'f' in the file; allowed keys: map, stages, channels, personas, touchpoints, valueProposition, competitors",
                        "billion-laughs.yaml:7:1: error TM101 unknown key 'g' in the file; allowed keys: map, stages, channels, personas, touchpoints, valueProposition, competitors",
                        "billion-laughs.yaml:8:1: error TM101 unknown key 'h' in the file; allowed keys: map, stages, channels, personas, touchpoints, valueProposition, competitors",
                        "billion-laughs.yaml:9:1: error TM101 unknown key 'i' in the file; allowed keys: map, stages, channels, personas, touchpoints, valueProposition, competitors")),
                Map.entry("billion-laughs-expanded", List.of(
                        "billion-laughs-expanded.yaml:1:1: error TM101 unknown key 'a' in the file; did you mean 'map'?",
                        "billion-laughs-expanded.yaml:2:1: error TM101 unknown key 'b' in the file; allowed keys: map, stages, channels, personas, touchpoints, valueProposition, competitors",
                        "billion-laughs-expanded.yaml:3:1: error TM101 unknown key 'c' in the file; allowed keys: map, stages, channels, personas, touchpoints, valueProposition, competitors",
                        "billion-laughs-expanded.yaml:4:1: error TM101 unknown key 'd' in the file; allowed keys: map, stages, channels, personas, touchpoints, valueProposition, competitors",
                        "billion-laughs-expanded.yaml:5:1: error TM101 unknown key 'e' in the file; allowed keys: map, stages, channels, personas, touchpoints, valueProposition, competitors",
                        "billion-laughs-expanded.yaml:6:1: error TM101 unknown key 'f' in the file; allowed keys: map, stages, channels, personas, touchpoints, valueProposition, competitors",
                        "billion-laughs-expanded.yaml:7:1: error TM101 unknown key 'g' in the file; allowed keys: map, stages, channels, personas, touchpoints, valueProposition, competitors",
                        "billion-laughs-expanded.yaml:8:1: error TM101 unknown key 'h' in the file; allowed keys: map, stages, channels, personas, touchpoints, valueProposition, competitors",
                        "billion-laughs-expanded.yaml:8:4: error TM102 a stage must be a mapping of keys to values, not a list; write it as 'key: value' lines",
                        "billion-laughs-expanded.yaml:9:1: error TM101 unknown key 'i' in the file; allowed keys: map, stages, channels, personas, touchpoints, valueProposition, competitors")),
                Map.entry("control-characters", List.of(
                        "control-characters.yaml:4:20: error TM001 control character U+0007 is not allowed in YAML; remove it, or write it as an escape inside a double-quoted string")),
                Map.entry("crlf-and-mixed-endings", List.of(
                        "crlf-and-mixed-endings.yaml:5:11: warning TM203 stage 's' has no touchpoint; add a touchpoint with 'stage: s', or remove the stage",
                        "crlf-and-mixed-endings.yaml:6:11: error TM105 duplicate stage id 's', already used at crlf-and-mixed-endings.yaml:5:11; give each stage its own id",
                        "crlf-and-mixed-endings.yaml:6:11: warning TM203 stage 's' has no touchpoint; add a touchpoint with 'stage: s', or remove the stage")),
                Map.entry("duplicate-keys-everywhere", List.of(
                        "duplicate-keys-everywhere.yaml:1:25: error TM002 key 'title' of map 'm' appears twice; first at duplicate-keys-everywhere.yaml:1:15; keep one of them, or merge their values into one",
                        "duplicate-keys-everywhere.yaml:2:1: error TM002 key 'map' of the file appears twice; first at duplicate-keys-everywhere.yaml:1:1; keep one of them, or merge their values into one",
                        "duplicate-keys-everywhere.yaml:4:40: error TM002 key 'phase' of stage 's' appears twice; first at duplicate-keys-everywhere.yaml:4:23; keep one of them, or merge their values into one",
                        "duplicate-keys-everywhere.yaml:13:29: error TM002 key 'score' of emotions of touchpoint 't' appears twice; first at duplicate-keys-everywhere.yaml:13:19; keep one of them, or merge their values into one",
                        "duplicate-keys-everywhere.yaml:15:66: error TM002 key 'period' of a value of KPI 'k' appears twice; first at duplicate-keys-everywhere.yaml:15:49; keep one of them, or merge their values into one",
                        "duplicate-keys-everywhere.yaml:17:3: warning TM207 the value proposition does not describe service, personalization, proximity; add '- component: service' and '- component: personalization' and '- component: proximity' under 'components'",
                        "duplicate-keys-everywhere.yaml:18:47: error TM002 key 's' of 'importance' of component 'price' appears twice; first at duplicate-keys-everywhere.yaml:18:41; keep one importance per stage")),
                Map.entry("invalid-utf8", List.of(
                        "invalid-utf8.yaml:3:13: error TM005 invalid UTF-8 byte 0xE9; save the file as UTF-8")),
                Map.entry("local-tag", List.of(
                        "local-tag.yaml:3:10: error TM003 tag '!secret' is not allowed; remove the tag: maps hold only plain text, numbers, lists and mappings")),
                Map.entry("merge-keys", List.of(
                        "merge-keys.yaml:3:17: warning TM203 stage 's' has no touchpoint; add a touchpoint with 'stage: s', or remove the stage",
                        "merge-keys.yaml:4:5: error TM101 merge key '<<' in stage 's2' is not supported; write the keys out in full: anchors and aliases may repeat whole values, not merge mappings",
                        "merge-keys.yaml:4:5: error TM103 stage 's2' has no 'name'; add 'name: Discovery'",
                        "merge-keys.yaml:4:5: error TM103 stage 's2' has no 'phase'; add 'phase: before-purchase | purchase | after-purchase'",
                        "merge-keys.yaml:5:9: warning TM203 stage 's2' has no touchpoint; add a touchpoint with 'stage: s2', or remove the stage")),
                Map.entry("quadratic-aliases", List.of(
                        "quadratic-aliases.yaml:5:9: warning TM201 touchpoint 't' has no KPI; add a KPI under 'kpis' to measure it",
                        "quadratic-aliases.yaml:9:17: error TM102 an entry of 'opportunities' in touchpoint 't' must be text, not a list; write the text on one line, or use '|' for several lines")),
                Map.entry("script-payloads", List.of()),
                Map.entry("tags", List.of(
                        "tags.yaml:1:6: error TM003 tag '!!javax.script.ScriptEngineManager' is not allowed; remove the tag: maps hold only plain text, numbers, lists and mappings")),
                Map.entry("utf16-bom", List.of(
                        "utf16-bom.yaml:1:1: error TM005 file is encoded as UTF-16; save it as UTF-8")),
                Map.entry("utf8-bom", List.of()),
                Map.entry("yaml11-surprises", List.of(
                        "yaml11-surprises.yaml:17:35: error TM102 'target' of KPI 'k' must be a number, not '1_000'; write digits with a '.' for decimals, such as 4.5",
                        "yaml11-surprises.yaml:17:51: error TM102 'warning' of KPI 'k' must be a number, not '.inf'; write digits with a '.' for decimals, such as 4.5")));

    @TempDir
    Path temp;

    static List<String> committedCases() {
        return EXPECTED.keySet().stream().sorted().toList();
    }

    @ParameterizedTest
    @MethodSource("committedCases")
    void aCommittedHostileMapEndsInExactlyItsDiagnostics(String name) throws IOException {
        Path map = Files.createDirectories(temp.resolve(name));
        try (InputStream in = HostileInputTest.class.getResourceAsStream("/hostile/" + name + ".yaml")) {
            Files.copy(in, map.resolve(name + ".yaml"));
        }
        assertEquals(EXPECTED.get(name), lines(Touchmap.load(map), map));
    }

    @Test
    void theSuiteCoversEveryCommittedFile() throws Exception {
        try (var files = Files.list(Path.of(HostileInputTest.class.getResource("/hostile").toURI()))) {
            assertEquals(committedCases(), files.map(f -> f.getFileName().toString().replace(".yaml", "")).sorted().toList());
        }
    }

    @Test
    void tenThousandLevelsOfFlowNestingStopAtTheDepthLimit() throws IOException {
        Path map = write("deep-flow", "map.yaml", "map: { id: m, title: M }\nstages: " + "[".repeat(10_000) + "]".repeat(10_000) + "\n");
        assertEquals(List.of("map.yaml:1:1: error TM004 the file nests mappings and lists more than 64 levels deep;"
                + " nest mappings and lists at most 64 levels deep"), lines(Touchmap.load(map), map));
    }

    @Test
    void aThousandLevelsOfBlockNestingStopAtTheDepthLimit() throws IOException {
        StringBuilder yaml = new StringBuilder("map: { id: m, title: M }\nstages:\n");
        for (int i = 0; i < 1_000; i++) {
            yaml.append(" ".repeat(2 * i + 2)).append("- a:\n");
        }
        Path map = write("deep-block", "map.yaml", yaml.toString());
        assertEquals(List.of("map.yaml:1:1: error TM004 the file nests mappings and lists more than 64 levels deep;"
                + " nest mappings and lists at most 64 levels deep"), lines(Touchmap.load(map), map));
    }

    @Test
    void aHugeValueIsRefusedAtItsPositionWithTheLimit() throws IOException {
        Path map = write("huge", "map.yaml", "map:\n  id: m\n  title: M\n  description: \"" + "x".repeat(1_000_001) + "\"\n");
        assertEquals(List.of("map.yaml:4:16: error TM004 'description' of map 'm' is 1000001 characters long, over the limit of 1000000; shorten it"),
                lines(Touchmap.load(map), map));
    }

    @Test
    void tenThousandFilesLoadAndOneMoreIsOverTheLimit() throws IOException {
        Path map = write("many", "map.yaml", "map: { id: m, title: M }\n");
        for (int i = 1; i < 10_000; i++) {
            Files.writeString(map.resolve(String.format("persona-%05d.yaml", i)), "personas: [{ id: p" + i + ", name: P }]\n");
        }
        LoadResult all = Touchmap.load(map);
        assertEquals(List.of(), lines(all, map));
        assertEquals(9_999, all.map().personas().size());
        Files.writeString(map.resolve("one-more.yaml"), "personas: []\n");
        assertEquals(List.of(". error TM004 the map has 10001 YAML files, over the limit of 10000; merge small files"),
                lines(Touchmap.load(map), map).stream().map(l -> l.replaceFirst("^\\.: ", ". ")).toList());
    }

    @Test
    void aBrokenLinkAndANamedPipeAreReportedNotReadNorWaitedFor() throws IOException {
        Path map = write("odd-files", "map.yaml", "map: { id: m, title: M }\n");
        Files.createSymbolicLink(map.resolve("broken.yaml"), temp.resolve("nowhere.yaml"));
        Process mkfifo = new ProcessBuilder("mkfifo", map.resolve("pipe.yaml").toString()).start();
        boolean fifo = waitFor(mkfifo);
        List<String> lines = lines(Touchmap.load(map), map);
        assertTrue(lines.contains("broken.yaml: error TM006 cannot read the file: it is a link to nothing;"
                + " remove the link, or point it at a file inside the map directory"), lines.toString());
        if (fifo) {
            assertTrue(lines.contains("pipe.yaml: error TM006 cannot read the file: it is not a regular file; replace it with a plain YAML file"),
                    lines.toString());
        }
    }

    @Test
    void aFileWhoseNameJavaCannotSpellIsReportedWithTheLocaleToRunIn() throws IOException {
        Path map = write("latin-1", "map.yaml", "map: { id: m, title: M }\n");
        // 'café.yaml' written in Latin-1, as an old archive may hold it: its byte E9 is no character in UTF-8 (nor in
        // the C locale's ASCII), so Java reads the name with a replacement character that leads to no file
        Process touch = new ProcessBuilder("sh", "-c", "printf 'personas: []\\n' > \"$1/$(printf 'caf\\351').yaml\"", "sh",
                map.toString()).start();
        boolean written = waitFor(touch);
        if ("true".equals(System.getenv("CI"))) {
            assertTrue(written, "CI runs on Linux, whose file names are bytes");
        }
        assumeTrue(written, "this system refuses a file name that is not UTF-8");

        LoadResult result = Touchmap.load(map);

        assertEquals(List.of(".: error TM006 a file named 'caf\uFFFD.yaml' cannot be opened: its name is not written in the"
                + " character set Java takes file names in here (" + System.getProperty("sun.jnu.encoding") + ", from the"
                + " locale); run Java with a UTF-8 locale, for instance LANG=C.UTF-8, or rename the file in plain letters"),
                lines(result, map));
    }

    @Test
    void aYamlFileLinkedFromOutsideTheMapIsNotRead() throws IOException {
        Path map = write("linked", "map.yaml", "map: { id: m, title: M }\n");
        Path secret = Files.writeString(temp.resolve("secret.yaml"), "personas: [{ id: secret, name: Secret }]\n");
        Files.createSymbolicLink(map.resolve("stolen.yaml"), secret);
        LoadResult result = Touchmap.load(map);
        assertEquals(List.of("stolen.yaml: error TM111 the file is a link that leads outside the map directory; copy the file into the map directory"),
                lines(result, map));
        assertEquals(List.of(), result.map().personas());
    }

    @Test
    void dataPathsThatLeaveTheMapAreRefusedWhateverTheirForm() throws IOException {
        Path map = write("data", "map.yaml", """
                map: { id: m, title: M }
                stages: [{ id: s, name: S, phase: purchase }]
                channels: [{ id: c, name: C, type: analog }]
                touchpoints:
                  - id: t
                    name: T
                    stage: s
                    channel: c
                    kpis:
                      - { id: k1, name: K, target: 1, data: ../outside.csv }
                      - { id: k2, name: K, target: 1, data: /etc/passwd }
                      - { id: k3, name: K, target: 1, data: kpis/link.csv }
                      - { id: k4, name: K, target: 1, data: kpis/../kpis/ok.csv }
                      - { id: k5, name: K, target: 1, data: "C:\\\\data\\\\x.csv" }
                """);
        Files.createDirectories(map.resolve("kpis"));
        Files.writeString(map.resolve("kpis/ok.csv"), "period,value\n2026-01,1\n");
        Path outside = Files.writeString(temp.resolve("outside.csv"), "period,value\n2026-01,1\n");
        Files.createSymbolicLink(map.resolve("kpis/link.csv"), outside);
        assertEquals(List.of(
                "map.yaml:10:45: error TM111 data path '../outside.csv' leads outside the map directory; keep KPI data files inside the map directory",
                "map.yaml:11:45: error TM111 data path '/etc/passwd' is absolute; write it relative to the map directory, such as kpis/visits.csv",
                "map.yaml:12:45: error TM111 data path 'kpis/link.csv' is a link that leads outside the map directory; copy the file into the map directory",
                "map.yaml:14:45: error TM111 data path 'C:\\data\\x.csv' is absolute; write it relative to the map directory, such as kpis/visits.csv"),
                lines(Touchmap.load(map), map));
    }

    private Path write(String directory, String file, String text) throws IOException {
        Path map = Files.createDirectories(temp.resolve(directory));
        Files.writeString(map.resolve(file), text);
        return map;
    }

    private static List<String> lines(LoadResult result, Path map) {
        return result.diagnostics().stream().map((Diagnostic d) -> d.format(map)).toList();
    }

    private static boolean waitFor(Process process) {
        try {
            return process.waitFor() == 0;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
