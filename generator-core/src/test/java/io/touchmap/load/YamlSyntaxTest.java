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
                "map.yaml:2:7: error TM001 the '{' opened at line 1, column 6 is not closed; close it with '}', and separate its entries with ','"),
                Fixtures.diagnostics(YamlSyntaxTest.class, "syntax-unclosed-flow"));
    }

    @Test
    void colonInUnquotedTextAsksForQuotes() {
        assertEquals(List.of(
                "map.yaml:3:14: error TM001 text that contains ': ' must be in quotes; quote the whole text: \"Shop: the map\""),
                Fixtures.diagnostics(YamlSyntaxTest.class, "syntax-colon-in-text"));
    }

    @Test
    void aKeyIndentedOneSpaceMoreThanTheKeyAboveIsToldWhichColumnToStartIn() {
        assertEquals(List.of(
                "map.yaml:6:6: error TM001 'name' starts in column 6, but 'id' on line 5 starts in column 5;"
                        + " start 'name' in column 5, under 'id': the keys of one element start in the same column"),
                Fixtures.diagnostics(YamlSyntaxTest.class, "syntax-key-indented-more"));
    }

    @Test
    void aKeyIndentedOneSpaceLessThanTheKeyAboveIsToldWhichColumnToStartIn() {
        assertEquals(List.of(
                "map.yaml:6:4: error TM001 'name' starts in column 4, but 'id' on line 5 starts in column 5;"
                        + " start 'name' in column 5, under 'id': the keys of one element start in the same column"),
                Fixtures.diagnostics(YamlSyntaxTest.class, "syntax-key-indented-less"));
    }

    @Test
    void aKeyInTheColumnOfTheDashOfItsItemIsToldWhichColumnToStartIn() {
        // SnakeYAML: "while parsing a block collection: expected <block end>, but found '?'"
        assertEquals(List.of(
                "map.yaml:6:3: error TM001 'name' starts in column 3, but 'id' on line 5 starts in column 5;"
                        + " start 'name' in column 5, under 'id': the keys of one element start in the same column"),
                Fixtures.diagnostics(YamlSyntaxTest.class, "syntax-key-at-item-column"));
    }

    @Test
    void aListItemIndentedLessThanTheItemAboveIsToldWhichColumnToStartIn() {
        // SnakeYAML: "while parsing a block mapping: expected <block end>, but found '<block sequence start>'"
        assertEquals(List.of(
                "map.yaml:8:2: error TM001 this list item starts in column 2, but the item on line 5 starts in column 3;"
                        + " start every '- ' of the list in column 3"),
                Fixtures.diagnostics(YamlSyntaxTest.class, "syntax-item-indented-less"));
    }

    @Test
    void aListItemAfterAKeyWithAValueIsToldHowToWriteAList() {
        // SnakeYAML: "while parsing a block mapping: expected <block end>, but found '-'"
        assertEquals(List.of(
                "map.yaml:5:3: error TM001 a list item follows 'owners', which already has a value on line 4;"
                        + " to make 'owners' a list, write 'owners:' alone on its line and each item below it as '- item'"),
                Fixtures.diagnostics(YamlSyntaxTest.class, "syntax-item-after-value"));
    }

    @Test
    void aListItemOnTheLineOfItsKeyIsToldHowToWriteAList() {
        // SnakeYAML: "sequence entries are not allowed here"
        assertEquals(List.of(
                "map.yaml:3:11: error TM001 a list item starts on the line of its key 'owners';"
                        + " write 'owners:' alone on its line and each item below it as '- item', or write 'owners: [a, b]'"),
                Fixtures.diagnostics(YamlSyntaxTest.class, "syntax-item-on-key-line"));
    }

    @Test
    void anApostropheInsideSingleQuotesGetsTheTextInDoubleQuotes() {
        // SnakeYAML: "while parsing a block mapping: expected <block end>, but found '<scalar>'"
        assertEquals(List.of(
                "map.yaml:3:13: error TM001 text follows the closing quote of the value; quote the whole text once: \"L'attente\""),
                Fixtures.diagnostics(YamlSyntaxTest.class, "syntax-text-after-quote"));
    }

    @Test
    void aLineWithoutColonIsReportedOnItsOwnLineNotTheNextOne() {
        // SnakeYAML: "while scanning a simple key: could not find expected ':'", marked on line 4
        assertEquals(List.of(
                "map.yaml:3:3: error TM001 'title Shop' has no ':' after its key; write it as 'key: value', with a space after the ':';"
                        + " if it continues the text of the line above, indent it further than that line's key"),
                Fixtures.diagnostics(YamlSyntaxTest.class, "syntax-missing-colon"));
    }

    @Test
    void anUnclosedQuoteIsReportedWhereItOpens() {
        // SnakeYAML: "while scanning a quoted scalar: found unexpected end of stream", marked at the end of the file
        assertEquals(List.of(
                "map.yaml:3:10: error TM001 the quoted text that starts here is never closed; end the text with the quote it opens with, '\"'"),
                Fixtures.diagnostics(YamlSyntaxTest.class, "syntax-unclosed-quote"));
    }

    @Test
    void anAliasWithoutAnchorSaysWhereTheAnchorGoes() {
        assertEquals(List.of(
                "map.yaml:3:10: error TM001 '*name' refers to no '&name' written above it;"
                        + " mark the value to repeat with '&name' before this line, or write the value out"),
                Fixtures.diagnostics(YamlSyntaxTest.class, "syntax-undefined-alias"));
    }

    @Test
    void otherSyntaxErrorsNeverShowTheParserWords() {
        // SnakeYAML: "while parsing a block mapping: expected <block end>, but found '<block mapping start>'"
        assertEquals(List.of("map.yaml:3:2: error TM001 this line cannot be read as YAML; check the indentation and quotes near line 3"),
                Fixtures.printed(write("map:\n  id: shop\n ? x\n")));
    }

    @org.junit.jupiter.api.io.TempDir
    java.nio.file.Path directory;

    private java.nio.file.Path write(String yaml) {
        try {
            java.nio.file.Files.writeString(directory.resolve("map.yaml"), yaml);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return directory;
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
    void theFirstPlaceOfARepeatedKeyIsWrittenRelativeToTheSameDirectoryAsTheLine() {
        java.nio.file.Path map = Fixtures.directory(YamlSyntaxTest.class, "duplicate-key-top-level");
        assertEquals(List.of(
                "duplicate-key-top-level/map.yaml:6:1: error TM002 key 'stages' of the file appears twice; first at duplicate-key-top-level/map.yaml:2:1;"
                        + " keep one of them, or merge their values into one"),
                io.touchmap.Touchmap.format(io.touchmap.Touchmap.load(map), map.getParent()));
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
