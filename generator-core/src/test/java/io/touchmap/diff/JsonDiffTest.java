package io.touchmap.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonDiffTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode json(String before, String after) throws Exception {
        return JSON.readTree(JsonDiff.render(Fixtures.report(before, after)));
    }

    @Test
    void theShapeIsVersionedAndSumsTheChangesUp() throws Exception {
        JsonNode diff = json("base", "kpi-changes");

        assertEquals(1, diff.get("version").asInt());
        assertEquals("base", diff.at("/baseline/label").asText());
        assertTrue(diff.at("/baseline/valid").asBoolean());
        assertEquals("2 touchpoints changed; 2 KPIs changed status", diff.at("/summary/headline").asText());
        assertEquals(2, diff.at("/summary/touchpoints/changed").asInt());
        assertEquals(2, diff.at("/summary/kpiStatusChanges").asInt());
        assertEquals(1, diff.at("/summary/kpiStatusWorse").asInt());
    }

    @Test
    void aTargetRemovedOrSetGivesTheNoTargetStatusAChangeThatIsNeitherWorseNorBetter() throws Exception {
        for (String[] sides : List.of(new String[] {"base", "kpi-no-target"}, new String[] {"kpi-no-target", "base"})) {
            JsonNode diff = json(sides[0], sides[1]);
            JsonNode visits = diff.at("/touchpoints/0/kpis/0");
            assertEquals("visits", visits.get("id").asText());
            String before = sides[0].equals("base") ? "on-target" : "no-target";
            String after = sides[0].equals("base") ? "no-target" : "on-target";
            assertEquals("{\"before\":\"" + before + "\",\"after\":\"" + after + "\",\"trend\":\"changed\"}",
                    visits.get("status").toString());
            assertEquals(0, diff.at("/summary/kpiStatusWorse").asInt());
            assertEquals(sides[0].equals("base") ? 1 : 0, diff.at("/consequences/kpiStatuses/after/no-target").asInt(),
                    diff.at("/consequences/kpiStatuses").toString());
            assertEquals(List.of(), Fixtures.diff(sides[0], sides[1]).breaches(java.util.Set.of(FailCondition.STATUS_WORSE)));
        }
    }

    @Test
    void aKpiChangeCarriesItsStatusTrendFieldsAndObservations() throws Exception {
        JsonNode checkout = json("base", "kpi-changes").at("/touchpoints/1");
        JsonNode wait = checkout.at("/kpis/0");
        JsonNode nps = checkout.at("/kpis/1");

        assertEquals("store-checkout", checkout.get("id").asText());
        assertEquals("{\"before\":\"warning\",\"after\":\"on-target\",\"trend\":\"better\"}", wait.get("status").toString());
        assertEquals("[{\"field\":\"target\",\"before\":\"5\",\"after\":\"8\"},{\"field\":\"warning\",\"before\":\"8\",\"after\":\"10\"}]",
                wait.get("fields").toString());
        assertEquals("[{\"period\":\"2026-02\",\"before\":null,\"after\":20}]", nps.get("observations").toString());
        assertEquals("worse", nps.at("/status/trend").asText());
    }

    @Test
    void aMoveGivesBothCellsAndListChangesGiveTheItemsAddedAndRemoved() throws Exception {
        JsonNode moved = json("base", "touchpoint-moved").at("/touchpoints/0");
        JsonNode fields = json("base", "touchpoint-fields").at("/touchpoints/0/fields");

        assertEquals("{\"stage\":\"purchase\",\"channel\":\"store\"}", moved.get("before").toString());
        assertEquals("{\"stage\":\"purchase\",\"channel\":\"web\"}", moved.get("after").toString());
        assertTrue(moved.get("moved").asBoolean());
        assertEquals("{\"field\":\"painPoints\",\"before\":[\"Queues on Saturday\"],\"after\":[\"Queues on Saturday\",\"No baskets left\"],"
                + "\"added\":[\"No baskets left\"],\"removed\":[]}", fields.get(6).toString());
    }

    @Test
    void elementChangesNameTheirSectionAndKind() throws Exception {
        JsonNode elements = json("base", "structure").get("elements");

        assertEquals("{\"section\":\"stage\",\"change\":\"added\",\"id\":\"loyalty\",\"name\":\"Loyalty\",\"position\":3}", elements.get(0).toString());
        assertEquals("{\"section\":\"stage\",\"change\":\"moved\",\"id\":\"discovery\",\"name\":\"Discovery\",\"from\":1,\"to\":2}", elements.get(1).toString());
        assertEquals("channel", elements.get(2).get("section").asText());
        assertEquals("value-proposition", elements.get(4).get("section").asText());
    }

    @Test
    void textThatJsonMustEscapeRoundTrips() throws Exception {
        JsonNode fields = json("base", "hostile-text").at("/touchpoints/0/fields/0");

        assertEquals("<script>alert(1)</script> *bold* | pipe @cx-team [link](http://x) $x$", fields.get("after").asText());
    }
}
