package io.touchmap.load;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.touchmap.Fixtures;
import io.touchmap.Touchmap;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile or broken files end in one clear diagnostic, never in an exception, a class load, an exhausted heap or a
 * stack overflow. Big inputs are generated here rather than committed.
 */
class LoaderSafetyTest {

    @TempDir
    Path map;

    private List<String> load(String yaml) throws IOException {
        Files.writeString(map.resolve("map.yaml"), yaml);
        return Fixtures.printed(map);
    }

    @Test
    void billionLaughsIsNotExpandedAndReportedOnce() throws IOException {
        // nine levels of nine aliases: 9^9 "lol" once expanded, from a file of a few hundred bytes
        StringBuilder yaml = new StringBuilder("lols:\n  - &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        for (int level = 1; level <= 9; level++) {
            yaml.append("  - &a").append(level).append(" [")
                    .append(String.join(", ", java.util.Collections.nCopies(9, "*a" + (level - 1)))).append("]\n");
        }
        yaml.append("map: { id: shop, title: Shop, owners: *a9 }\n");
        assertEquals(List.of(
                "map.yaml:1:1: error TM101 unknown key 'lols' in the file; "
                        + "allowed keys: map, stages, channels, personas, touchpoints, valueProposition, competitors",
                "map.yaml:10:5: error TM102 an entry of 'owners' in map 'shop' must be text, not a list; "
                        + "write the text on one line, or use '|' for several lines"),
                load(yaml.toString()));
    }

    @Test
    void moreAliasesThanTheLimitStopTheFile() throws IOException {
        StringBuilder yaml = new StringBuilder("map: { id: shop, title: Shop, owners: &a [x] }\nstages: [");
        yaml.append(String.join(", ", java.util.Collections.nCopies(101, "*a"))).append("]\n");
        assertEquals(List.of(
                "map.yaml:1:1: error TM004 the file uses more than 100 aliases to mappings or lists; "
                        + "write the values out instead of repeating them with aliases, or split the file"),
                load(yaml.toString()));
    }

    @Test
    void javaTypeTagIsRefusedWithoutLoadingAnyClass() throws IOException {
        assertEquals(List.of(
                "map.yaml:1:6: error TM003 tag '!!javax.script.ScriptEngineManager' is not allowed; "
                        + "remove the tag: maps hold only plain text, numbers, lists and mappings"),
                load("map: !!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL [\"http://localhost/\"]]]]\n"));
    }

    /** Set by {@link Tripwire}'s static initializer, which runs only if the loader loads the class a tag names. */
    static volatile boolean tripped;

    /** A class named by a tag in a test; loading it would trip the wire. */
    static final class Tripwire {
        static {
            tripped = true;
        }
    }

    @Test
    void classNamedByATagIsNeverLoaded() throws IOException {
        assertEquals(List.of(
                "map.yaml:1:6: error TM003 tag '!!io.touchmap.load.LoaderSafetyTest$Tripwire' is not allowed; "
                        + "remove the tag: maps hold only plain text, numbers, lists and mappings"),
                load("map: !!io.touchmap.load.LoaderSafetyTest$Tripwire {}\n"));
        assertEquals(false, tripped);
    }

    @Test
    void expansionOfAliasesBeyondTheValueLimitStopsTheFile() throws IOException {
        Limits small = new Limits(1_000_000, 1_000_000, 10, 64, 100, 1_000, 1_000, 100_000, 500_000, 10_000_000);
        String kpis = String.join(", ", java.util.Collections.nCopies(40, "*k"));
        String touchpoints = String.join("\n", java.util.Collections.nCopies(50, "  - *t"));
        Files.writeString(map.resolve("map.yaml"), "map: { id: shop, title: Shop }\ntouchpoints:\n"
                + "  - &t { id: t, name: T, stage: s, channel: c, kpis: [&k { id: k, name: K, target: 1 }, " + kpis + "] }\n"
                + touchpoints + "\n");
        assertEquals(List.of("map.yaml:1:1: error TM004 the file expands to more than 1000 values once its aliases are followed; "
                        + "write the values out instead of repeating them with aliases, or split the file"),
                Touchmap.format(Touchmap.load(map, small), map));
    }

    @Test
    void localTagIsRefused() throws IOException {
        assertEquals(List.of(
                "map.yaml:1:25: error TM003 tag '!foo' is not allowed; "
                        + "remove the tag: maps hold only plain text, numbers, lists and mappings"),
                load("map: { id: shop, title: !foo Shop }\n"));
    }

    @Test
    void ofSeveralRefusedTagsTheFirstInTheFileIsReportedAndStandardOnesPass() throws IOException {
        assertEquals(List.of(
                "map.yaml:2:7: error TM003 tag '!!binary' is not allowed; "
                        + "remove the tag: maps hold only plain text, numbers, lists and mappings"),
                load("map: !!map { id: !!str shop, title: ! Shop }\nlogo: !!binary AAAA\nstages: !!seq [!x { id: s }]\n"));
    }

    @Test
    void tenThousandNestedFlowListsStopAtTheDepthLimit() throws IOException {
        assertEquals(List.of(
                "map.yaml:1:1: error TM004 the file nests mappings and lists more than 64 levels deep; "
                        + "nest mappings and lists at most 64 levels deep"),
                load("map: " + "[".repeat(10_000) + "]".repeat(10_000) + "\n"));
    }

    @Test
    void tenThousandNestedBlockMappingsStopAtTheDepthLimit() throws IOException {
        StringBuilder yaml = new StringBuilder("map:\n");
        for (int depth = 1; depth <= 10_000; depth++) {
            yaml.append(" ".repeat(depth)).append("k").append(depth).append(":\n");
        }
        assertEquals(List.of(
                "map.yaml:1:1: error TM004 the file nests mappings and lists more than 64 levels deep; "
                        + "nest mappings and lists at most 64 levels deep"),
                load(yaml.toString()));
    }

    @Test
    void malformedUtf8IsReportedAtTheLineAndColumnOfTheBadByte() throws IOException {
        byte[] bytes = "map:\n  id: shop\n  title: Café \u00ff\n".getBytes(StandardCharsets.UTF_8);
        byte[] broken = java.util.Arrays.copyOf(bytes, bytes.length);
        broken[broken.length - 3] = (byte) 0xFF; // the first byte of 'ÿ' alone is not UTF-8
        Files.write(map.resolve("map.yaml"), broken);
        assertEquals(List.of("map.yaml:3:15: error TM005 invalid UTF-8 byte 0xFF; save the file as UTF-8"), Fixtures.printed(map));
    }

    @Test
    void utf16FileIsReportedAsSuch() throws IOException {
        Files.write(map.resolve("map.yaml"), "\uFEFFmap: { id: shop, title: Shop }\n".getBytes(StandardCharsets.UTF_16LE));
        assertEquals(List.of("map.yaml:1:1: error TM005 file is encoded as UTF-16; save it as UTF-8"), Fixtures.printed(map));
    }

    @Test
    void utf8ByteOrderMarkIsAccepted() throws IOException {
        Files.write(map.resolve("map.yaml"), "\uFEFFmap: { id: shop, title: Shop }\n".getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of(), Fixtures.printed(map));
    }

    @Test
    void tabIndentationIsASyntaxError() throws IOException {
        assertEquals(List.of("map.yaml:3:1: error TM001 a tab character is used for indentation; indent with spaces, not tabs"),
                load("map:\n  id: shop\n\ttitle: Shop\n"));
    }

    @Test
    void floodOfDuplicateKeysIsCutShort() throws IOException {
        StringBuilder yaml = new StringBuilder("map:\n  id: shop\n  title: Shop\n");
        yaml.append("  owners: []\n".repeat(2_000));
        List<String> lines = load(yaml.toString());
        assertEquals(Touchmap.MAX_PRINTED_DIAGNOSTICS + 1, lines.size());
        assertEquals("map.yaml:1:1: error TM004 the file has more than 1000 problems; "
                + "fix the problems reported for this file first, or split the file", lines.get(0));
        assertEquals("map.yaml:5:3: error TM002 key 'owners' of map 'shop' appears twice; first at map.yaml:4:3; "
                + "keep one of them, or merge their values into one", lines.get(1));
        assertEquals("… and 801 more", lines.get(lines.size() - 1));
    }

    @Test
    void fileOverTheSizeLimitIsNotRead() throws IOException {
        Limits small = new Limits(1_000, 1_000_000, 10, 64, 100, 10_000, 1_000, 100_000, 500_000, 10_000_000);
        Files.writeString(map.resolve("map.yaml"), "map: { id: shop, title: Shop }\n# " + "x".repeat(2_000) + "\n");
        assertEquals(List.of("map.yaml: error TM004 file is 2034 bytes, over the limit of 1000 bytes; split the map into several files"),
                Touchmap.format(Touchmap.load(map, small), map));
    }

    @Test
    void textOverTheLengthLimitIsReported() throws IOException {
        Limits small = new Limits(1_000_000, 1_000_000, 10, 64, 100, 10_000, 100, 100_000, 500_000, 10_000_000);
        Files.writeString(map.resolve("map.yaml"), "map: { id: shop, title: " + "x".repeat(150) + " }\n");
        assertEquals(List.of("map.yaml:1:25: error TM004 'title' of map 'shop' is 150 characters long, over the limit of 100; shorten it"),
                Touchmap.format(Touchmap.load(map, small), map));
    }

    @Test
    void recursiveAliasIsReadAsTheWrongTypeNotFollowedForever() throws IOException {
        assertEquals(List.of(
                "map.yaml:1:6: error TM102 'description' of map 'shop' must be text, not a mapping; write plain text, without nested keys",
                "map.yaml:2:9: error TM102 a stage must be a mapping of keys to values, not a list; write it as 'key: value' lines"),
                load("map: &m { id: shop, title: Shop, description: *m }\nstages: &s [*s]\n"));
    }

    @Test
    void nulCharacterIsReportedWhereItIs() throws IOException {
        assertEquals(List.of("map.yaml:1:28: error TM001 control character U+0000 is not allowed in YAML; "
                        + "remove it, or write it as an escape inside a double-quoted string"),
                load("map: { id: shop, title: \"Sh\u0000op\" }\n"));
    }

    @Test
    void controlCharactersOfValuesAreEscapedWhenPrinted() throws IOException {
        assertEquals(List.of("map.yaml:1:18: error TM101 unknown key 'ti\\u001Btle' in map 'shop'; did you mean 'title'?"),
                load("map: { id: shop, \"ti\\etle\": Shop }\n"));
    }
}
