package io.touchmap.load;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.touchmap.Fixtures;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The structure of the format: every key, type, required field, id, number, keyword and section checked at its value. */
class MapReaderTest {

    @Test
    void unknownKeysAreReportedWithTheKeyTheyResemble() {
        assertEquals(List.of(
                "map.yaml:3:54: error TM101 unknown key 'colour' in stage 'purchase'; allowed keys: id, name, phase, description",
                "map.yaml:6:1: error TM101 unknown key 'touchpionts' in the file; did you mean 'touchpoints'?",
                "map.yaml:11:5: error TM101 unknown key 'chanel' in touchpoint 'checkout'; did you mean 'channel'?",
                "map.yaml:13:52: error TM101 unknown key 'unti' in KPI 'wait'; did you mean 'unit'?"),
                Fixtures.diagnostics(MapReaderTest.class, "unknown-keys"));
    }

    @Test
    void valuesOfTheWrongTypeSayWhatWasExpected() {
        assertEquals(List.of(
                "map.yaml:1:25: error TM102 'title' of map 'shop' must be text, not a list; write the text on one line, or use '|' for several lines",
                "map.yaml:1:41: error TM102 'owners' of map 'shop' must be a list, not 'cx-team'; write it as '[a, b]' or as lines starting with '- '",
                "map.yaml:3:3: error TM102 'stages' of the file must be a list, not a mapping; write it as '[a, b]' or as lines starting with '- '",
                "map.yaml:5:5: error TM102 a channel must be a mapping of keys to values, not 'store'; write it as 'key: value' lines",
                "map.yaml:9:12: error TM102 'stage' of touchpoint 'checkout' must be text, not a mapping; write plain text, without nested keys",
                "map.yaml:10:14: error TM106 touchpoint 'checkout' refers to unknown channel 'store'; declare it under 'channels'",
                "map.yaml:12:26: error TM102 'score' of emotions of touchpoint 'checkout' must be a whole number, not 'high'; write a number from -2 to 2",
                "map.yaml:14:49: error TM102 'target' of KPI 'wait' must be a number, not 'five'; write digits with a '.' for decimals, such as 4.5"),
                Fixtures.diagnostics(MapReaderTest.class, "wrong-types"));
    }

    @Test
    void aListWhereANumberIsExpectedSaysItMustBeANumber() {
        assertEquals(List.of(
                "map.yaml:13:16: error TM102 'score' of emotions of touchpoint 'checkout' must be a whole number, not a list; write one number from -2 to 2",
                "map.yaml:18:18: error TM102 'warning' of KPI 'wait' must be a number, not a list; write one number, with a '.' for decimals, such as 4.5"),
                Fixtures.diagnostics(MapReaderTest.class, "list-for-number"));
    }

    @Test
    void anEmptyRequiredValueIsReportedOnItsOwnLine() {
        assertEquals(List.of(
                "map.yaml:3:3: error TM103 'title' of map 'shop' is empty; write the value after 'title:', such as 'title: Our touchpoint map'",
                "map.yaml:5:9: warning TM203 stage 'purchase' has no touchpoint; add a touchpoint with 'stage: purchase', or remove the stage",
                "map.yaml:6:5: error TM103 'name' of stage 'purchase' is empty; write the value after 'name:', such as 'name: Discovery'"),
                Fixtures.diagnostics(MapReaderTest.class, "empty-values"));
    }

    @Test
    void missingRequiredFieldsAreReportedWithAnExampleToAdd() {
        assertEquals(List.of(
                "map.yaml:1:6: error TM103 map 'shop' has no 'title'; add 'title: Our touchpoint map'",
                "map.yaml:3:5: error TM103 stage 'purchase' has no 'phase'; add 'phase: before-purchase | purchase | after-purchase'",
                "map.yaml:5:5: error TM103 a channel has no 'id'; add 'id: store'",
                "map.yaml:7:5: error TM103 touchpoint 'checkout' has no 'channel'; add 'channel: <id of a channel>'",
                "map.yaml:7:5: error TM103 touchpoint 'checkout' has no 'name'; add 'name: Checkout'",
                "map.yaml:14:13: error TM103 a value of KPI 'wait' has no 'value'; add 'value: 4.5'",
                "map.yaml:15:13: error TM103 a value of KPI 'wait' has no 'period'; add 'period: 2026-01'"),
                Fixtures.diagnostics(MapReaderTest.class, "missing-fields"));
    }

    @Test
    void badIdsAreReportedWithTheIdToUseInstead() {
        assertEquals(List.of(
                "map.yaml:1:12: error TM104 'id' of map is 'Maison Lumière', not a valid id; did you mean 'maison-lumiere'? ids use lower-case letters, digits and dashes, at most 63 characters",
                "map.yaml:7:9: error TM104 'id' of a touchpoint is 'Store Checkout', not a valid id; did you mean 'store-checkout'? ids use lower-case letters, digits and dashes, at most 63 characters",
                "map.yaml:9:12: error TM104 'stage' of a touchpoint is 'Purchase', not a valid id; did you mean 'purchase'? ids use lower-case letters, digits and dashes, at most 63 characters",
                "map.yaml:12:15: error TM104 'id' of a KPI is '-wait', not a valid id; did you mean 'wait'? ids use lower-case letters, digits and dashes, at most 63 characters"),
                Fixtures.diagnostics(MapReaderTest.class, "bad-ids"));
    }

    @Test
    void numbersOutOfRangeGiveTheRange() {
        assertEquals(List.of(
                "map.yaml:12:26: error TM107 'score' of emotions of touchpoint 'checkout' is 3, outside -2 to 2; use a whole number from -2 to 2",
                "map.yaml:17:34: error TM107 'score' of component 'price' is 0, outside 1 to 5; use a whole number from 1 to 5",
                "map.yaml:17:61: error TM107 importance of stage 'purchase' in component 'price' is 9, outside 1 to 5; use a whole number from 1 to 5",
                "map.yaml:18:36: error TM102 'score' of component 'service' must be a whole number, not '2.5'; write a number from 1 to 5",
                "map.yaml:24:32: error TM107 'price' of valueProposition of competitor 'rival' is 7, outside 1 to 5; use a whole number from 1 to 5",
                "map.yaml:26:52: error TM107 'rating' of a presence of competitor 'rival' is 6, outside 1 to 5; use a whole number from 1 to 5"),
                Fixtures.diagnostics(MapReaderTest.class, "out-of-range"));
    }

    @Test
    void badKeywordsListTheAllowedOnesAndTheClosest() {
        assertEquals(List.of(
                "map.yaml:1:39: error TM108 'locale' of map 'shop' is 'fr-FR', not a supported locale; did you mean 'fr'? allowed: en, fr",
                "map.yaml:3:44: error TM108 'phase' of stage 'purchase' is 'pre-purchase', not a valid phase; did you mean 'before-purchase'? allowed: before-purchase, purchase, after-purchase",
                "map.yaml:5:37: error TM108 'type' of channel 'store' is 'digitale', not a valid channel type; did you mean 'digital'? allowed: analog, digital",
                "map.yaml:11:13: error TM108 'status' of touchpoint 'checkout' is 'live', not a valid touchpoint status; allowed: idea, planned, active, retired",
                "map.yaml:13:58: error TM108 'kind' of KPI 'wait' is 'numeric', not a valid KPI kind; allowed: quantitative, qualitative",
                "map.yaml:13:78: error TM108 'direction' of KPI 'wait' is 'lower', not a valid KPI direction; allowed: higher-is-better, lower-is-better",
                "map.yaml:13:93: error TM108 'source' of KPI 'wait' is 'crm-tool', not a valid KPI source; allowed: profiling, crm, marketing-automation, survey, analytics, manual",
                "map.yaml:15:3: warning TM207 the value proposition does not describe price; add '- component: price' under 'components'",
                "map.yaml:16:20: error TM108 'component' of a value proposition component is 'prise', not a valid component; did you mean 'price'? allowed: price, service, personalization, proximity"),
                Fixtures.diagnostics(MapReaderTest.class, "bad-enums"));
    }

    @Test
    void frenchKeywordsSuggestTheEnglishKeywordOfEachSet() {
        String english = "keywords are written in English whatever the map's locale; allowed: ";
        assertEquals(List.of(
                "map.yaml:1:59: error TM108 rule 'TM201' in map.rules is 'avertissement', not a valid severity; did you mean 'warning'? "
                        + english + "error, warning, ignore",
                "map.yaml:3:48: error TM108 'phase' of stage 'decouverte' is 'avant-achat', not a valid phase; did you mean 'before-purchase'? "
                        + english + "before-purchase, purchase, after-purchase",
                "map.yaml:4:38: error TM108 'phase' of stage 'essai' is 'Achat', not a valid phase; did you mean 'purchase'? "
                        + english + "before-purchase, purchase, after-purchase",
                "map.yaml:5:46: error TM108 'phase' of stage 'entretien' is 'après l'achat', not a valid phase; did you mean 'after-purchase'? "
                        + english + "before-purchase, purchase, after-purchase",
                "map.yaml:7:35: error TM108 'type' of channel 'site' is 'numerique', not a valid channel type; did you mean 'digital'? "
                        + english + "analog, digital",
                "map.yaml:8:43: error TM108 'type' of channel 'showroom' is 'analogique', not a valid channel type; did you mean 'analog'? "
                        + english + "analog, digital",
                "map.yaml:14:13: error TM108 'status' of touchpoint 'configurateur' is 'prevu', not a valid touchpoint status; did you mean 'planned'? "
                        + english + "idea, planned, active, retired",
                "map.yaml:16:49: error TM108 'kind' of KPI 'nps' is 'qualitatif', not a valid KPI kind; did you mean 'qualitative'? "
                        + english + "quantitative, qualitative",
                "map.yaml:16:72: error TM108 'direction' of KPI 'nps' is 'plus haut est mieux', not a valid KPI direction; did you mean 'higher-is-better'? "
                        + english + "higher-is-better, lower-is-better",
                "map.yaml:16:101: error TM108 'source' of KPI 'nps' is 'enquête', not a valid KPI source; did you mean 'survey'? "
                        + english + "profiling, crm, marketing-automation, survey, analytics, manual",
                "map.yaml:21:13: error TM108 'status' of touchpoint 'essai-routier' is 'Prévu', not a valid touchpoint status; did you mean 'planned'? "
                        + english + "idea, planned, active, retired",
                "map.yaml:26:13: error TM108 'status' of touchpoint 'revision' is 'retiré', not a valid touchpoint status; did you mean 'retired'? "
                        + english + "idea, planned, active, retired",
                "map.yaml:28:3: warning TM207 the value proposition does not describe price, personalization, proximity; "
                        + "add '- component: price' and '- component: personalization' and '- component: proximity' under 'components'",
                "map.yaml:29:20: error TM108 'component' of a value proposition component is 'prix', not a valid component; did you mean 'price'? "
                        + english + "price, service, personalization, proximity",
                "map.yaml:31:20: error TM108 'component' of a value proposition component is 'personnalisation', not a valid component; "
                        + "did you mean 'personalization'? " + english + "price, service, personalization, proximity",
                "map.yaml:32:20: error TM108 'component' of a value proposition component is 'proximité', not a valid component; "
                        + "did you mean 'proximity'? " + english + "price, service, personalization, proximity"),
                Fixtures.diagnostics(MapReaderTest.class, "french-keywords"));
    }

    @Test
    void decimalCommasAndSpacesBetweenThousandsGiveTheNumberToWrite() {
        assertEquals(List.of(
                "map.yaml:12:49: error TM102 'target' of KPI 'wait' must be a number, not '4,3'; write 4.3: numbers take a '.' for decimals",
                "map.yaml:12:63: error TM102 'warning' of KPI 'wait' must be a number, not '1 234,5'; write 1234.5: numbers take a '.' for decimals",
                "map.yaml:15:17: error TM102 'target' of KPI 'basket' must be a number, not '1,500'; "
                        + "write 1.500 if the comma marks decimals, or 1500 if it separates thousands",
                "map.yaml:16:18: error TM102 'warning' of KPI 'basket' must be a number, not '1 200'; write 1200: numbers take nothing between thousands",
                "map.yaml:18:39: error TM102 'value' of a value of KPI 'basket' must be a number, not '4,5'; write 4.5: numbers take a '.' for decimals",
                "map.yaml:19:39: error TM102 'value' of a value of KPI 'basket' must be a number, not '4,5'; write 4.5: numbers take a '.' for decimals",
                "map.yaml:19:44: error TM101 unknown key 'note' in a value of KPI 'basket'; allowed keys: period, value",
                "map.yaml:21:20: error TM102 'value' of a value of KPI 'basket' must be a number, not '-0,25'; write -0.25: numbers take a '.' for decimals"),
                Fixtures.diagnostics(MapReaderTest.class, "decimal-comma"));
    }

    @Test
    void textWithAColonInAListEntryIsGivenBackQuoted() {
        assertEquals(List.of(
                "map.yaml:7:9: warning TM201 touchpoint 'checkout' has no KPI; add a KPI under 'kpis' to measure it",
                "map.yaml:12:9: error TM102 an entry of 'painPoints' in touchpoint 'checkout' must be text, not a mapping; "
                        + "quote the whole text: \"Attente : trois semaines\"",
                "map.yaml:14:9: error TM102 an entry of 'painPoints' in touchpoint 'checkout' must be text, not a mapping; "
                        + "quote the whole text: \"Livraison: le \\\"bon\\\" jour\"",
                "map.yaml:16:9: error TM102 an entry of 'opportunities' in touchpoint 'checkout' must be text, not a mapping; "
                        + "write plain text, without nested keys"),
                Fixtures.diagnostics(MapReaderTest.class, "colon-in-text"));
    }

    @Test
    void badPeriodsSayWhichPartIsOutOfRange() {
        assertEquals(List.of(
                "map.yaml:16:23: error TM109 'period' of a value of KPI 'wait' is '2026-13', not a valid period; use a month from 01 to 12",
                "map.yaml:17:23: error TM109 'period' of a value of KPI 'wait' is '2026-W54', not a valid period; use a week from W01 to W53: 2026 has 53 ISO weeks",
                "map.yaml:18:23: error TM109 'period' of a value of KPI 'wait' is '2026-02-30', not a valid period; use a day from 01 to 28: 2026-02 has 28 days",
                "map.yaml:19:23: error TM109 'period' of a value of KPI 'wait' is '2026-Q5', not a valid period; use a quarter from Q1 to Q4",
                "map.yaml:20:23: error TM109 'period' of a value of KPI 'wait' is 'January 2026', not a valid period; write YYYY, YYYY-Qn, YYYY-MM, YYYY-Www or YYYY-MM-DD, such as 2026-01",
                "map.yaml:21:23: error TM109 'period' of a value of KPI 'wait' is '2025-W53', not a valid period; use a week from W01 to W52: 2025 has 52 ISO weeks"),
                Fixtures.diagnostics(MapReaderTest.class, "bad-periods"));
    }

    @Test
    void periodsWrittenTheFrenchWayGetThePeriodToWrite() {
        assertEquals(List.of(
                "map.yaml:16:23: error TM109 'period' of a value of KPI 'wait' is '09/2026', not a valid period; did you mean '2026-09'?",
                "map.yaml:17:23: error TM109 'period' of a value of KPI 'wait' is '2026-T2', not a valid period; did you mean '2026-Q2'?",
                "map.yaml:18:23: error TM109 'period' of a value of KPI 'wait' is '2026-8', not a valid period; did you mean '2026-08'?",
                "map.yaml:19:23: error TM109 'period' of a value of KPI 'wait' is '01/09/2026', not a valid period; did you mean '2026-09-01'?",
                "map.yaml:20:23: error TM109 'period' of a value of KPI 'wait' is 'septembre 2026', not a valid period; did you mean '2026-09'?"),
                Fixtures.diagnostics(MapReaderTest.class, "french-periods"));
    }

    @Test
    void kpiWithSeriesAndDataIsRefused() {
        assertEquals(List.of(
                "map.yaml:12:9: error TM116 KPI 'wait' has both 'series' and 'data'; keep the values in one place: either the 'series' list or the CSV file of 'data'"),
                Fixtures.diagnostics(MapReaderTest.class, "series-and-data"));
    }

    @Test
    void mapWithoutMapSectionIsReportedOnce() {
        assertEquals(List.of(
                "stages.yaml:1:1: error TM113 no file declares the 'map' section; add 'map:' with at least 'id' and 'title' to one file"),
                Fixtures.diagnostics(MapReaderTest.class, "map-missing"));
    }

    @Test
    void repeatedMapAndValuePropositionSectionsNameTheFirst() {
        assertEquals(List.of(
                "b-again.yaml:1:6: error TM114 'map' is declared again; first at a-map.yaml:1:6; keep a single 'map' section in the whole map",
                "b-again.yaml:3:3: error TM114 'valueProposition' is declared again; first at a-map.yaml:14:3; keep a single 'valueProposition' section in the whole map"),
                Fixtures.diagnostics(MapReaderTest.class, "sections-repeated"));
    }

    @Test
    void directoryWithoutYamlFilesIsReported() {
        assertEquals(List.of(
                ".: error TM006 the map directory holds no .yaml or .yml file; add a map.yaml that declares the map"),
                Fixtures.diagnostics(MapReaderTest.class, "empty-directory"));
    }
}
