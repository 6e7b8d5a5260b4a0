package io.touchmap.internal.fields;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.touchmap.internal.text.Labels;
import io.touchmap.model.Touchpoint;
import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The field catalogue names every part of the model a map file writes, once, with labels the reports have. */
class FieldCatalogueTest {

    /** Record components that no key writes, and why. */
    private static final Map<String, String> NOT_WRITTEN = Map.of(
            "origin", "where the element was written: positions, kept beside the content and never part of it",
            "image", "the logo read from the file that the theme's 'logo' path names");

    /** Records of the model that a map file does not write: facts derived from the map, or values inside fields. */
    private static final Map<String, String> DERIVED_RECORDS = Map.of(
            "Cell", "a stage crossed with a channel, derived from a touchpoint's or a presence's two references",
            "CompetitorGap", "derived from competitors' presences and our touchpoints",
            "Coverage", "derived from the touchpoints in each cell",
            "StageEmotion", "derived from the emotion scores of the touchpoints of a stage",
            "Location", "a position in a file, the part of an origin",
            "Period", "the value of a period field, parsed",
            "Staleness", "derived from a KPI's latest period, its cadence and the reference date",
            "MapHistory", "read from the map's past versions in git, not from its YAML",
            "Colour", "the value of a colour field, parsed",
            "Logo", "the image read from the file of a theme's logo");

    /** Every record of the model package, by simple name. */
    private static List<Class<?>> modelRecords() throws IOException, URISyntaxException, ClassNotFoundException {
        Path classes = Path.of(Touchpoint.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                .resolve("io/touchmap/model");
        List<Class<?>> records = new ArrayList<>();
        try (Stream<Path> files = Files.list(classes)) {
            for (Path file : files.sorted().toList()) {
                String name = file.getFileName().toString();
                if (name.endsWith(".class") && !name.contains("$")) {
                    Class<?> type = Class.forName("io.touchmap.model." + name.substring(0, name.length() - ".class".length()));
                    if (type.isRecord()) {
                        records.add(type);
                    }
                }
            }
        }
        return records;
    }

    @Test
    void everyComponentOfEveryModelRecordIsCatalogued() throws Exception {
        Set<Class<?>> catalogued = new LinkedHashSet<>();
        for (ElementKind<?> kind : FieldCatalogue.KINDS) {
            if (!kind.type().isRecord()) {
                continue;
            }
            catalogued.add(kind.type());
            Set<String> components = new TreeSet<>();
            Arrays.stream(kind.type().getRecordComponents()).map(RecordComponent::getName).forEach(components::add);
            Set<String> covered = new TreeSet<>(NOT_WRITTEN.keySet());
            kind.fields().forEach(field -> covered.add(field.component()));
            Set<String> missing = new TreeSet<>(components);
            missing.removeAll(covered);
            assertEquals(Set.of(), missing, kind + ": components without a field");
            assertEquals(Set.of(), new TreeSet<>(kind.fields().stream().map(Field::component)
                    .filter(c -> !components.contains(c)).toList()), kind + ": fields naming no component");
        }
        Set<String> uncatalogued = new TreeSet<>();
        for (Class<?> record : modelRecords()) {
            if (!catalogued.contains(record)) {
                uncatalogued.add(record.getSimpleName());
            }
        }
        assertEquals(new TreeSet<>(DERIVED_RECORDS.keySet()), uncatalogued, "records that no kind of the catalogue holds");
    }

    @Test
    void aKindThatIsNotARecordReadsEachFieldWithItsOwnFunction() {
        for (ElementKind<?> kind : FieldCatalogue.KINDS) {
            if (!kind.type().isRecord()) {
                for (Field<?> field : kind.fields()) {
                    assertEquals(false, field.value() instanceof ComponentReader, kind + "." + field.key() + " has no record component to read");
                }
            }
        }
    }

    @Test
    void everyFieldReadsTheComponentItNames() throws Exception {
        for (ElementKind<?> kind : FieldCatalogue.KINDS) {
            if (!kind.type().isRecord()) {
                continue;
            }
            for (Field<?> field : kind.fields()) {
                RecordComponent component = Arrays.stream(kind.type().getRecordComponents())
                        .filter(c -> c.getName().equals(field.component())).findFirst().orElseThrow();
                Class<?> type = component.getType();
                // the entries of a kind keyed by value proposition component are the entries of one map
                boolean fits = field.labelArgument() != null ? type == Map.class : switch (field.kind()) {
                    case ID, REFERENCE, TEXT, PATH, COLOUR -> type == String.class;
                    case REFERENCES, TEXTS, ELEMENTS -> type == List.class;
                    case KEYWORD -> type == field.keywords();
                    case INTEGER -> type == Integer.class;
                    case NUMBER -> type == Double.class || type == double.class;
                    case DATE -> type == java.time.LocalDate.class;
                    case PERIOD -> type == io.touchmap.model.Period.class;
                    case ELEMENT -> type == field.element().type();
                    case SCORES_BY_STAGE, SEVERITIES -> type == Map.class;
                };
                assertEquals(true, fits, kind + "." + field.key() + " is " + field.kind() + " but its component is " + type);
            }
        }
    }

    @Test
    void everyLabelIsInBothLanguages() {
        for (String language : Labels.LANGUAGES) {
            Labels labels = Labels.forLanguage(language);
            for (ElementKind<?> kind : FieldCatalogue.KINDS) {
                for (Field<?> field : kind.fields()) {
                    if (field.label() != null) {
                        assertEquals(true, labels.has(field.label()), language + ": " + kind + "." + field.key() + " " + field.label());
                    }
                }
            }
        }
    }

    @Test
    void nestedKindsAreCataloguedToo() {
        for (ElementKind<?> kind : FieldCatalogue.KINDS) {
            for (Field<?> field : kind.fields()) {
                if (field.element() != null) {
                    assertEquals(true, FieldCatalogue.KINDS.contains(field.element()), kind + "." + field.key());
                }
            }
        }
    }
}
