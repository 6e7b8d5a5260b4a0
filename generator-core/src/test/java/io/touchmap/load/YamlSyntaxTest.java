package io.touchmap.load;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.touchmap.Fixtures;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Files that are not well-formed YAML, or repeat a key, are reported at the offending character. */
class YamlSyntaxTest {

    @Test
    void unclosedFlowMappingPointsAtWhereItOpened() {
        assertEquals(List.of(
                "map.yaml:2:7: error TM001 while parsing a flow mapping: expected ',' or '}', but found ':'; close the '{' opened at line 1, column 6 with '}', and separate its entries with ','"),
                Fixtures.diagnostics(YamlSyntaxTest.class, "syntax-unclosed-flow"));
    }

    @Test
    void colonInUnquotedTextAsksForQuotes() {
        assertEquals(List.of(
                "map.yaml:3:14: error TM001 mapping values are not allowed here; put text that contains ': ' in quotes"),
                Fixtures.diagnostics(YamlSyntaxTest.class, "syntax-colon-in-text"));
    }

    @Test
    void tabIndentationIsNamedAsSuch() {
        assertEquals(List.of(
                "map.yaml:2:1: error TM001 a tab character is used for indentation; indent with spaces, not tabs"),
                Fixtures.diagnostics(YamlSyntaxTest.class, "syntax-tab-indentation"));
    }

    @Test
    void repeatedTopLevelKeyNamesBothPlaces() {
        assertEquals(List.of(
                "map.yaml:6:1: error TM002 key 'stages' of the file appears twice; first at map.yaml:2:1; keep one of them, or merge their values into one"),
                Fixtures.diagnostics(YamlSyntaxTest.class, "duplicate-key-top-level"));
    }

    @Test
    void repeatedKeysAreFoundInTouchpointsObservationsAndImportance() {
        assertEquals(List.of(
                "map.yaml:11:5: error TM002 key 'name' of touchpoint 'checkout' appears twice; first at map.yaml:8:5; keep one of them, or merge their values into one",
                "map.yaml:17:42: error TM002 key 'period' of a value of KPI 'wait' appears twice; first at map.yaml:17:15; keep one of them, or merge their values into one",
                "map.yaml:20:54: error TM002 key 'purchase' of 'importance' of component 'price' appears twice; first at map.yaml:20:41; keep one importance per stage"),
                Fixtures.diagnostics(YamlSyntaxTest.class, "duplicate-key-nested"));
    }

    @Test
    void repeatedRuleCodeInMapRulesIsReported() {
        assertEquals(List.of(
                "map.yaml:4:26: error TM002 key 'TM201' of map.rules appears twice; first at map.yaml:4:12; keep one severity per rule"),
                Fixtures.diagnostics(YamlSyntaxTest.class, "duplicate-key-rules"));
    }
}
