package io.touchmap.load;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.touchmap.Touchmap;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** YAML features people reach for that Touchmap refuses, each with a hint that says what to write instead. */
class YamlHintsTest {

    @TempDir
    Path map;

    private List<String> errors(String yaml) throws IOException {
        Files.writeString(map.resolve("map.yaml"), yaml);
        return Touchmap.load(map).errors().stream().map(d -> d.format(map)).toList();
    }

    @Test
    void aMergeKeyIsRefusedWithAHintToWriteTheKeysOut() throws IOException {
        assertEquals(List.of("map.yaml:3:3: error TM101 merge key '<<' in map 'm' is not supported; write the keys out in full:"
                + " anchors and aliases may repeat whole values, not merge mappings"),
                errors("map:\n  id: m\n  <<: { title: M }\n  title: M\n"));
    }

    @Test
    void aValueStartingWithAReservedCharacterGetsAHintToQuoteIt() throws IOException {
        assertEquals(List.of("map.yaml:3:10: error TM001 a value starts with '%', which YAML reserves; put the whole value in double quotes"),
                errors("map:\n  id: m\n  title: %50 off\n"));
    }
}
