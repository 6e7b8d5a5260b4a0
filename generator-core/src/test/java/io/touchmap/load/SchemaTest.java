package io.touchmap.load;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaId;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.touchmap.diagnostic.DiagnosticCode;
import io.touchmap.Fixtures;
import io.touchmap.internal.fields.ElementKind;
import io.touchmap.internal.fields.Field;
import io.touchmap.internal.fields.FieldCatalogue;
import io.touchmap.internal.fields.ValueKind;
import io.touchmap.model.Keyword;
import io.touchmap.model.RuleSetting;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.representer.Representer;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * The JSON Schema that editors use to autocomplete and check map files: a valid draft 2020-12 schema, accepting the
 * valid fixtures, refusing the invalid ones, and naming exactly the keys, values and keywords of the field catalogue
 * that the reader accepts.
 */
class SchemaTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    private static final JsonNode SCHEMA_NODE = readSchema();
    private static final JsonSchema SCHEMA = FACTORY.getSchema(SCHEMA_NODE);

    private static JsonNode readSchema() {
        try (InputStream in = SchemaTest.class.getResourceAsStream("/io/touchmap/touchmap.schema.json")) {
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Resolves plain scalars as editors do (YAML 1.2 core schema): no dates, no yes/no booleans. */
    private static final class CoreSchemaResolver extends Resolver {
        @Override
        protected void addImplicitResolvers() {
            addImplicitResolver(Tag.BOOL, Pattern.compile("^(?:true|True|TRUE|false|False|FALSE)$"), "tTfF");
            addImplicitResolver(Tag.INT, Pattern.compile("^[-+]?[0-9]+$"), "-+0123456789");
            addImplicitResolver(Tag.FLOAT, Pattern.compile("^[-+]?(?:\\.[0-9]+|[0-9]+(?:\\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?$"),
                    "-+.0123456789");
            addImplicitResolver(Tag.NULL, Pattern.compile("^(?:~|null|Null|NULL)$"), "~nN");
            addImplicitResolver(Tag.NULL, Pattern.compile("^$"), null);
        }
    }

    private static JsonNode yamlAsJson(Path file) throws IOException {
        Yaml yaml = new Yaml(new SafeConstructor(new LoaderOptions()), new Representer(new DumperOptions()),
                new DumperOptions(), new LoaderOptions(), new CoreSchemaResolver());
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return JSON.valueToTree(yaml.load(reader));
        }
    }

    /** The schema's complaints about {@code file}, one line each: where, which keyword, and which property. */
    private static List<String> problems(Path file) throws IOException {
        List<String> lines = new ArrayList<>();
        for (ValidationMessage message : SCHEMA.validate(yamlAsJson(file))) {
            lines.add(message.getInstanceLocation() + " " + message.getType()
                    + (message.getProperty() == null ? "" : " " + message.getProperty()));
        }
        return new ArrayList<>(new TreeSet<>(lines));
    }

    private static Path fixture(String map, String file) {
        return Fixtures.directory(SchemaTest.class, map).resolve(file);
    }

    @Test
    void schemaIsAValidDraft202012Schema() {
        JsonSchema meta = FACTORY.getSchema(SchemaLocation.of(SchemaId.V202012));
        assertEquals(List.of(), meta.validate(SCHEMA_NODE).stream().map(ValidationMessage::getMessage).toList());
    }

    static Stream<Path> validFiles() {
        return Stream.of(
                fixture("spec-example", "map.yaml"),
                fixture("multi-file", "map.yaml"),
                fixture("multi-file", "channels.yml"),
                fixture("multi-file", "stages/1-discovery.yaml"),
                fixture("multi-file", "stages/2-purchase.yaml"),
                fixture("quoted-numbers", "map.yaml"),
                Path.of("..", "example-site", "src", "touchmap", "map.yaml"));
    }

    @ParameterizedTest
    @MethodSource("validFiles")
    void validMapFilesConform(Path file) throws IOException {
        assertEquals(List.of(), problems(file));
    }

    @Test
    void unknownKeysAndMissingFieldsAreRefused() throws IOException {
        assertEquals(List.of(
                "$ additionalProperties touchpionts",
                "$.stages[0] additionalProperties colour",
                "$.touchpoints[0] additionalProperties chanel",
                "$.touchpoints[0] required channel",
                "$.touchpoints[0].kpis[0] additionalProperties unti"),
                problems(fixture("unknown-keys", "map.yaml")));
        assertEquals(List.of(
                "$.channels[0] required id",
                "$.map required title",
                "$.stages[0] required phase",
                "$.touchpoints[0] required channel",
                "$.touchpoints[0] required name",
                "$.touchpoints[0].kpis[0].series[0] required value",
                "$.touchpoints[0].kpis[0].series[1] required period"),
                problems(fixture("missing-fields", "map.yaml")));
    }

    @Test
    void wrongTypesAreRefused() throws IOException {
        assertEquals(List.of(
                "$.channels[0] type",
                "$.map.owners type",
                "$.map.title type",
                "$.stages type",
                "$.touchpoints[0].elements.emotions.score pattern",
                "$.touchpoints[0].elements.emotions.score type",
                "$.touchpoints[0].kpis[0].target pattern",
                "$.touchpoints[0].kpis[0].target type",
                "$.touchpoints[0].stage type"),
                problems(fixture("wrong-types", "map.yaml")));
    }

    @Test
    void badIdsAndNumbersOutOfRangeAreRefused() throws IOException {
        assertEquals(List.of(
                "$.map.id pattern",
                "$.touchpoints[0].id pattern",
                "$.touchpoints[0].kpis[0].id pattern",
                "$.touchpoints[0].stage pattern"),
                problems(fixture("bad-ids", "map.yaml")));
        assertEquals(List.of(
                "$.competitors[0].presence[0].rating maximum",
                "$.competitors[0].presence[0].rating type",
                "$.competitors[0].valueProposition.price maximum",
                "$.competitors[0].valueProposition.price type",
                "$.touchpoints[0].elements.emotions.score maximum",
                "$.touchpoints[0].elements.emotions.score type",
                "$.valueProposition.components[0].importance.purchase maximum",
                "$.valueProposition.components[0].importance.purchase type",
                "$.valueProposition.components[0].score minimum",
                "$.valueProposition.components[0].score type",
                "$.valueProposition.components[1].score type"),
                problems(fixture("out-of-range", "map.yaml")));
    }

    @Test
    void quotedNumbersThatTheReaderAcceptsLoadWithoutError() {
        assertEquals(List.of(), Fixtures.load(SchemaTest.class, "quoted-numbers").errors());
    }

    @Test
    void quotedNumbersThatTheReaderRefusesAreRefused() throws IOException {
        assertEquals(List.of(
                "map.yaml:16:16: error TM107 'score' of emotions of touchpoint 'checkout' is 3, outside -2 to 2; use a whole number from -2 to 2",
                "map.yaml:22:17: error TM102 'target' of KPI 'wait' must be a number, not '4,5'; write 4.5: numbers take a '.' for decimals",
                "map.yaml:23:18: error TM102 'warning' of KPI 'wait' must be a number, not 'five'; write digits with a '.' for decimals, such as 4.5",
                "map.yaml:25:39: error TM102 'value' of a value of KPI 'wait' must be a number, not '1 000'; write 1000: numbers take nothing between thousands",
                "map.yaml:30:14: error TM102 'score' of component 'price' must be a whole number, not '4.0'; write a number from 1 to 5"),
                Fixtures.diagnostics(SchemaTest.class, "quoted-numbers-refused").stream().filter(line -> line.contains("error")).toList());
        assertEquals(List.of(
                "$.touchpoints[0].elements.emotions.score pattern",
                "$.touchpoints[0].elements.emotions.score type",
                "$.touchpoints[0].kpis[0].series[0].value pattern",
                "$.touchpoints[0].kpis[0].series[0].value type",
                "$.touchpoints[0].kpis[0].target pattern",
                "$.touchpoints[0].kpis[0].target type",
                "$.touchpoints[0].kpis[0].warning pattern",
                "$.touchpoints[0].kpis[0].warning type",
                "$.valueProposition.components[0].score pattern",
                "$.valueProposition.components[0].score type"),
                problems(fixture("quoted-numbers-refused", "map.yaml")));
    }

    /** Every pattern the schema gives for a number written as text. */
    private static List<String> textPatterns(String type) {
        List<String> patterns = new ArrayList<>();
        SCHEMA_NODE.findParents("anyOf").forEach(parent -> {
            JsonNode members = parent.path("anyOf");
            if (members.size() == 2 && members.get(0).path("type").asText().equals(type)) {
                patterns.add(members.get(1).path("pattern").asText());
            }
        });
        return patterns;
    }

    @Test
    void theSchemaPatternForANumberInQuotesIsTheReadersNumberPattern() {
        List<String> patterns = textPatterns("number");
        assertEquals(3, patterns.size());
        patterns.forEach(pattern -> assertEquals("^" + YamlObject.NUMBER.pattern() + "$", pattern));
    }

    @Test
    void theSchemaPatternsForAWholeNumberInQuotesAcceptExactlyWhatTheReaderAccepts() throws IOException {
        List<String> written = List.of("-3", "-2", "-1", "-0", "0", "1", "2", "3", "4", "5", "6", "+2", "+5", "02", "005", "-02",
                "2.0", "1e0", " 2", "2 ", "", "+", "-", "0x2", "١");
        int checked = 0;
        for (JsonNode parent : SCHEMA_NODE.findParents("anyOf")) {
            JsonNode members = parent.path("anyOf");
            if (members.size() != 2 || !members.get(0).path("type").asText().equals("integer")) {
                continue;
            }
            checked++;
            int min = members.get(0).path("minimum").asInt();
            int max = members.get(0).path("maximum").asInt();
            Pattern pattern = Pattern.compile(members.get(1).path("pattern").asText());
            for (String text : written) {
                boolean reader = YamlObject.isInteger(text) && YamlObject.decimal(text).compareTo(java.math.BigDecimal.valueOf(min)) >= 0
                        && YamlObject.decimal(text).compareTo(java.math.BigDecimal.valueOf(max)) <= 0;
                assertEquals(reader, pattern.matcher(text).find(), "'" + text + "' for " + min + ".." + max);
            }
        }
        assertEquals(8, checked, "scores, importances and ratings");
    }

    @Test
    void badKeywordsAreRefused() throws IOException {
        assertEquals(List.of(
                "$.channels[0].type enum",
                "$.map.locale enum",
                "$.stages[0].phase enum",
                "$.touchpoints[0].kpis[0].direction enum",
                "$.touchpoints[0].kpis[0].kind enum",
                "$.touchpoints[0].kpis[0].source enum",
                "$.touchpoints[0].status enum",
                "$.valueProposition.components[0].component enum"),
                problems(fixture("bad-enums", "map.yaml")));
    }

    @Test
    void malformedPeriodsSeriesWithDataAndPathsLeavingTheMapAreRefused() throws IOException {
        // 2026-02-30 and 2025-W53 have the right form; only the loader knows the calendar
        assertEquals(List.of(
                "$.touchpoints[0].kpis[0].series[0].period pattern",
                "$.touchpoints[0].kpis[0].series[0].period type",
                "$.touchpoints[0].kpis[0].series[1].period pattern",
                "$.touchpoints[0].kpis[0].series[1].period type",
                "$.touchpoints[0].kpis[0].series[3].period pattern",
                "$.touchpoints[0].kpis[0].series[3].period type",
                "$.touchpoints[0].kpis[0].series[4].period pattern",
                "$.touchpoints[0].kpis[0].series[4].period type"),
                problems(fixture("bad-periods", "map.yaml")));
        assertEquals(List.of("$.touchpoints[0].kpis[0] not"), problems(fixture("series-and-data", "map.yaml")));
        assertEquals(List.of(
                "$.touchpoints[0].kpis[1].data pattern",
                "$.touchpoints[0].kpis[2].data pattern"),
                problems(fixture("kpi-data-files", "map.yaml")));
    }

    /** The keys of each kind of element the reader accepts, by the part of the schema that describes the same element. */
    private static Map<String, List<String>> keysByDefinition() {
        Map<String, List<String>> keys = new LinkedHashMap<>();
        for (ElementKind<?> kind : FieldCatalogue.KINDS) {
            keys.put(kind.name(), kind.keys());
        }
        keys.put("rules", Arrays.stream(DiagnosticCode.values()).filter(DiagnosticCode::isAdjustable).map(DiagnosticCode::code).toList());
        return keys;
    }

    private static JsonNode definition(String name) {
        return name.isEmpty() ? SCHEMA_NODE : SCHEMA_NODE.path("$defs").path(name);
    }

    private static List<String> fieldNames(JsonNode object) {
        List<String> names = new ArrayList<>();
        for (Iterator<String> it = object.fieldNames(); it.hasNext(); ) {
            names.add(it.next());
        }
        return names;
    }

    @Test
    void schemaDefinesExactlyTheKeysTheReaderAccepts() {
        keysByDefinition().forEach((name, keys) -> assertEquals(keys, fieldNames(definition(name).path("properties")),
                "properties of " + (name.isEmpty() ? "the file" : name)));
    }

    @Test
    void everyObjectOfTheSchemaIsCheckedAgainstTheReader() {
        List<String> objects = new ArrayList<>();
        SCHEMA_NODE.path("$defs").fields().forEachRemaining(entry -> {
            if (entry.getValue().has("properties")) {
                objects.add(entry.getKey());
            }
        });
        List<String> checked = new ArrayList<>(keysByDefinition().keySet());
        checked.remove("");
        assertEquals(new TreeSet<>(checked), new TreeSet<>(objects));
    }

    @Test
    void everyObjectOfTheSchemaRefusesUnknownKeys() {
        keysByDefinition().keySet().forEach(name ->
                assertEquals(false, definition(name).path("additionalProperties").asBoolean(true), name));
    }

    private static List<String> enumOf(String path) {
        JsonNode node = SCHEMA_NODE;
        for (String part : path.split("/")) {
            node = node.path(part);
        }
        List<String> values = new ArrayList<>();
        node.path("enum").forEach(value -> values.add(value.asText()));
        return values;
    }

    @Test
    void schemaKeywordsAreTheReadersKeywords() {
        for (ElementKind<?> kind : FieldCatalogue.KINDS) {
            for (Field<?> field : kind.fields()) {
                if (field.kind() == ValueKind.KEYWORD) {
                    assertEquals(keywords(field.keywords()), enumOf("$defs/" + kind.name() + "/properties/" + field.key()),
                            kind + "." + field.key());
                }
            }
        }
        assertEquals(MapReader.LOCALES, enumOf("$defs/map/properties/locale"));
        for (String code : keysByDefinition().get("rules")) {
            assertEquals(Keyword.keywords(RuleSetting.class), enumOf("$defs/rules/properties/" + code), code);
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static List<String> keywords(Class<? extends Keyword> type) {
        return Keyword.keywords((Class) type);
    }

    /** The schema's description of a value of each kind, reduced to what tells the kinds apart. */
    private static String shape(JsonNode property) {
        if (property.has("$ref")) {
            return "ref " + property.path("$ref").asText().replace("#/$defs/", "");
        }
        if (property.path("type").asText().equals("array")) {
            return "array of " + shape(property.path("items"));
        }
        if (property.has("anyOf")) {
            List<String> members = new ArrayList<>();
            property.path("anyOf").forEach(member -> members.add(shape(member)));
            return "anyOf " + String.join("|", members);
        }
        return property.path("type").asText() + (property.has("enum") ? " enum" : "") + (property.has("pattern") ? " pattern" : "");
    }

    private static String expectedShape(Field<?> field) {
        return switch (field.kind()) {
            case ID, REFERENCE -> "ref id";
            case REFERENCES -> "array of ref id";
            case TEXT -> field.key().equals("locale") ? "string enum" : "string";
            case TEXTS -> "array of string";
            case KEYWORD -> "string enum";
            case INTEGER -> "anyOf integer|string pattern";
            case NUMBER -> "anyOf number|string pattern";
            case DATE, PATH, COLOUR -> "string pattern";
            case PERIOD -> "ref period";
            case ELEMENT -> "ref " + field.element().name();
            case ELEMENTS -> "array of ref " + field.element().name();
            case SCORES_BY_STAGE -> "object";
            case SEVERITIES -> "ref rules";
        };
    }

    @Test
    void schemaDescribesEachFieldAsTheValueItHolds() {
        for (ElementKind<?> kind : FieldCatalogue.KINDS) {
            for (Field<?> field : kind.fields()) {
                assertEquals(expectedShape(field), shape(definition(kind.name()).path("properties").path(field.key())),
                        kind + "." + field.key());
            }
        }
    }

    @Test
    void schemaIdPatternIsTheReadersIdPattern() {
        assertEquals("^" + YamlObject.ID.pattern() + "$", SCHEMA_NODE.path("$defs").path("id").path("pattern").asText());
    }

    @Test
    void everyPropertyHasADescriptionForEditorsToShow() {
        keysByDefinition().forEach((name, keys) -> definition(name).path("properties").fields().forEachRemaining(property -> {
            JsonNode value = property.getValue();
            boolean described = value.has("description")
                    || value.has("$ref") && definition(value.path("$ref").asText().replace("#/$defs/", "")).has("description");
            assertEquals(true, described, name + "." + property.getKey());
        }));
    }
}
