package io.touchmap.diagnostic;

import io.touchmap.LoadResult;
import io.touchmap.Touchmap;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The SARIF log checked against the official SARIF 2.1.0 JSON Schema (OASIS, errata 01), bundled with the tests. */
class SarifReportTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path FIXTURES = Path.of("src/test/resources/io/touchmap/diff");
    private static JsonSchema schema;

    @BeforeAll
    static void loadSchema() throws IOException {
        try (InputStream in = SarifReportTest.class.getResourceAsStream("sarif-schema-2.1.0.json")) {
            SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4).getSchema(in, config);
        }
    }

    private static JsonNode sarif(String fixture) throws IOException {
        return JSON.readTree(SarifReport.of(Touchmap.load(FIXTURES.resolve(fixture)).diagnostics(), FIXTURES.getParent()));
    }

    @Test
    void aLogWithErrorsAndWarningsMatchesTheOfficialSchema() throws IOException {
        JsonNode log = sarif("invalid");

        assertEquals(Set.of(), schema.validate(log));
        assertEquals(2, log.at("/runs/0/results").size());
    }

    @Test
    void aLogWithoutResultsMatchesTheOfficialSchema() throws IOException {
        JsonNode log = sarif("base");

        assertEquals(Set.of(), schema.validate(log));
        assertEquals(0, log.at("/runs/0/results").size());
    }

    @Test
    void theSchemaCheckCanFail() throws IOException {
        ObjectNode log = (ObjectNode) sarif("invalid");
        ((ObjectNode) log.at("/runs/0/results/0")).put("level", "fatal");
        ((ObjectNode) log.at("/runs/0/results/1/locations/0/physicalLocation/region")).put("startLine", 0);

        Set<ValidationMessage> errors = schema.validate(log);

        assertEquals(2, errors.size(), errors::toString);
    }

    @Test
    void eachResultIsOnItsFileLineAndColumnWithItsRule() throws IOException {
        JsonNode result = sarif("invalid").at("/runs/0/results/1");

        assertEquals("TM106", result.get("ruleId").asText());
        assertEquals("error", result.get("level").asText());
        assertEquals("touchpoint 'store-checkout' refers to unknown channel 'shop'; declare it under 'channels', or use one of: store, web",
                result.at("/message/text").asText());
        assertEquals("{\"uri\":\"diff/invalid/map.yaml\",\"uriBaseId\":\"%SRCROOT%\"}", result.at("/locations/0/physicalLocation/artifactLocation").toString());
        assertEquals("{\"startLine\":40,\"startColumn\":14}", result.at("/locations/0/physicalLocation/region").toString());
    }

    @Test
    void everyRuleCarriesItsCodeMeaningAsHelpAndDefaultLevel() throws IOException {
        JsonNode rules = sarif("base").at("/runs/0/tool/driver/rules");
        JsonNode unknownReference = rules.get(DiagnosticCode.UNKNOWN_REFERENCE.ordinal());

        assertEquals(DiagnosticCode.values().length, rules.size());
        assertEquals("TM106", unknownReference.get("id").asText());
        assertEquals("UnknownReference", unknownReference.get("name").asText());
        assertEquals(DiagnosticCode.UNKNOWN_REFERENCE.meaning(), unknownReference.at("/help/text").asText());
        assertEquals("warning", rules.get(DiagnosticCode.TOUCHPOINT_WITHOUT_KPI.ordinal()).at("/defaultConfiguration/level").asText());
    }

    @Test
    void pathsBecomeRelativeUriReferences() {
        assertEquals("src/touch%20map/caf%C3%A9%23%3F.yaml", SarifReport.relativeUri(Path.of("src", "touch map", "café#?.yaml")));
    }

    @Test
    void theLogIsTheSameOnEveryRun() throws IOException {
        LoadResult result = Touchmap.load(FIXTURES.resolve("invalid"));
        String first = SarifReport.of(result.diagnostics(), FIXTURES.getParent());

        assertEquals(first, SarifReport.of(Touchmap.load(FIXTURES.resolve("invalid")).diagnostics(), FIXTURES.getParent()));
        assertFalse(first.contains(FIXTURES.toAbsolutePath().toString()), "no absolute path");
        assertEquals(List.of("https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"),
                List.of(JSON.readTree(first).get("$schema").asText()));
    }
}
