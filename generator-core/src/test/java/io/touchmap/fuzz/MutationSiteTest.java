package io.touchmap.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.touchmap.Touchmap;
import io.touchmap.diagnostic.Diagnostic;
import io.touchmap.diagnostic.DiagnosticCode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How {@link MutationTest} writes a wrong value in place of a value: the rest of the file stays as it was. */
class MutationSiteTest {

    private static final String MAP = """
            map: { id: shop, title: Shop }
            stages:
            - id: purchase
              name: Purchase
            touchpoints:
              - id: checkout
                owner:
                kpis: [ { id: basket, target: &goal 40 }, { id: spend, target: *goal } ]
            # the end
            """;

    /** The file with {@code value} in place of the value at {@code path}. */
    private static String mutant(String text, String path, WrongValue value) {
        return MutationSite.yaml(text).stream().filter(site -> site.path().equals(path)).findFirst().orElseThrow()
                .replace(text, value);
    }

    @Test
    void everyValueListAndMappingIsASiteKeysIncludedWithItsPathAndPosition() {
        List<String> sites = MutationSite.yaml(MAP).stream().map(s -> s.line() + ":" + s.column() + " " + s.path() + " '" + s.was() + "'").toList();

        assertEquals(List.of(
                "1:1 map (a key) 'map'", "1:8 map.id (a key) 'id'", "1:12 map.id 'shop'", "1:18 map.title (a key) 'title'",
                "1:25 map.title 'Shop'", "1:6 map '{ id: shop, title: Shop }'", "2:1 stages (a key) 'stages'",
                "3:3 stages[0].id (a key) 'id'", "3:7 stages[0].id 'purchase'", "4:3 stages[0].name (a key) 'name'",
                "4:9 stages[0].name 'Purchase'", "3:3 stages[0] 'id: purchase'", "3:1 stages '- id: purchase'",
                "5:1 touchpoints (a key) 'touchpoints'", "6:5 touchpoints[0].id (a key) 'id'", "6:9 touchpoints[0].id 'checkout'",
                "7:5 touchpoints[0].owner (a key) 'owner'", "7:11 touchpoints[0].owner '(no value)'",
                "8:5 touchpoints[0].kpis (a key) 'kpis'", "8:15 touchpoints[0].kpis[0].id (a key) 'id'",
                "8:19 touchpoints[0].kpis[0].id 'basket'", "8:27 touchpoints[0].kpis[0].target (a key) 'target'",
                "8:35 touchpoints[0].kpis[0].target '&goal 40'", "8:13 touchpoints[0].kpis[0] '{ id: basket, target: &goal 40 }'",
                "8:49 touchpoints[0].kpis[1].id (a key) 'id'", "8:53 touchpoints[0].kpis[1].id 'spend'",
                "8:60 touchpoints[0].kpis[1].target (a key) 'target'", "8:68 touchpoints[0].kpis[1].target '*goal'",
                "8:47 touchpoints[0].kpis[1] '{ id: spend, target: *goal }'",
                "8:11 touchpoints[0].kpis '[ { id: basket, target: &goal 40 }, { id…'",
                "6:5 touchpoints[0] 'id: checkout'", "6:3 touchpoints '- id: checkout'",
                "1:1 (the document) 'map: { id: shop, title: Shop }'"),
                sites);
    }

    @Test
    void aBlockListOrMappingBecomesAFlowValueAfterItsKeySoTheIndentationStaysValid() {
        assertEquals(MAP.replace("stages:\n- id: purchase\n  name: Purchase\n", "stages: {a: b}\n"),
                mutant(MAP, "stages", WrongValue.MAPPING));
        assertEquals(MAP.replace("- id: purchase\n  name: Purchase\n", "- [a, b]\n"), mutant(MAP, "stages[0]", WrongValue.LIST));
    }

    @Test
    void anEmptyValueIsWrittenAfterItsColonAndAFlowValueInPlace() {
        assertEquals(MAP.replace("owner:\n", "owner: cinquante\n"), mutant(MAP, "touchpoints[0].owner", WrongValue.TEXT));
        assertEquals(MAP.replace("id: basket,", "id: \"\","), mutant(MAP, "touchpoints[0].kpis[0].id", WrongValue.EMPTY_TEXT));
        assertEquals(MAP.replace("{ id: shop, title: Shop }", "~"), mutant(MAP, "map", WrongValue.NO_VALUE));
    }

    @Test
    void anAnchoredValueKeepsItsAnchorSoItsAliasesRepeatTheWrongValue() {
        assertEquals(MAP.replace("&goal 40", "&goal 1e400"), mutant(MAP, "touchpoints[0].kpis[0].target", WrongValue.NUMBER_TOO_LARGE));
        assertEquals(MAP.replace("target: *goal", "target: 1e400"), mutant(MAP, "touchpoints[0].kpis[1].target", WrongValue.NUMBER_TOO_LARGE));
    }

    @Test
    void aKeyIsReplacedByTheWrongValue() {
        assertEquals(MAP.replace("  name: Purchase", "  [a, b]: Purchase"), mutant(MAP, "stages[0].name (a key)", WrongValue.LIST));
    }

    @Test
    void positionsCountCharactersOutsideTheBasicPlaneOnceAsTouchmapDoes(@TempDir Path map) throws IOException {
        String text = "map: { id: shop, title: Shop }\nstages: [ { id: a, description: \"🍞\", phase: nope } ]\n";
        Files.writeString(map.resolve("map.yaml"), text);

        MutationSite phase = MutationSite.yaml(text).stream().filter(s -> s.path().equals("stages[0].phase")).findFirst().orElseThrow();

        assertEquals("2:45", phase.line() + ":" + phase.column());
        Diagnostic reported = Touchmap.load(map).errors().stream().filter(d -> d.code() == DiagnosticCode.BAD_ENUM).findFirst().orElseThrow();
        assertEquals("2:45", reported.location().line() + ":" + reported.location().column());
        assertEquals(text.replace("phase: nope", "phase: cinquante"), phase.replace(text, WrongValue.TEXT));
    }

    @Test
    void everyCsvCellIsASiteThatHoldsTheValuesACellCanHold() {
        String csv = "# waiting time\nperiod,value\r\n2026-01, 4.5\n\n\"2026-02\",5\n";
        List<MutationSite> cells = MutationSite.csv(csv);

        assertEquals(List.of("2:1 line 2, the header 'period'", "2:8 line 2, the header 'value'", "3:1 line 3, period '2026-01'",
                "3:9 line 3, value '4.5'", "5:1 line 5, period '\"2026-02\"'", "5:11 line 5, value '5'"),
                cells.stream().map(s -> s.line() + ":" + s.column() + " " + s.path() + " '" + s.was() + "'").toList());
        assertEquals("# waiting time\nperiod,value\r\n2026-01,1e400\n\n\"2026-02\",5\n", cells.get(3).replace(csv, WrongValue.NUMBER_TOO_LARGE));
        assertEquals(List.of(WrongValue.TEXT, WrongValue.NUMBER_TOO_LARGE, WrongValue.MOST_NEGATIVE_NUMBER, WrongValue.EMPTY_TEXT,
                WrongValue.LONG_TEXT, WrongValue.CONTROL_CHARACTERS),
                List.of(WrongValue.values()).stream().filter(cells.get(0)::holds).toList());
    }
}
