package io.touchmap.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.touchmap.internal.fields.ElementKind;
import io.touchmap.internal.fields.Field;
import io.touchmap.internal.text.Labels;
import io.touchmap.model.MapInfo;
import io.touchmap.model.Origin;
import io.touchmap.model.Location;
import io.touchmap.model.TouchpointMap;
import io.touchmap.model.ValueProposition;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every field the comparer can report a change of is named in words in every language, never by its path. */
class FieldLabelsTest {

    private static final Origin HERE = Origin.at(Location.of(Path.of("map.yaml")));
    private static final TouchpointMap EMPTY = new TouchpointMap(new MapInfo(null, null, null, "en", null, List.of(), null,
            Map.of(), HERE), List.of(), List.of(), List.of(), List.of(), ValueProposition.none(HERE), List.of());

    /** The paths of the changes the comparer can report, with an entry for the fields told entry by entry. */
    private static List<String> comparedPaths() {
        List<String> paths = new ArrayList<>();
        MapComparer.COMPARED.forEach(kind -> addPaths(paths, "", kind));
        return paths;
    }

    private static void addPaths(List<String> paths, String prefix, ElementKind<?> kind) {
        for (Field<?> field : kind.fields()) {
            String path = prefix + field.key();
            if (kind.identifiedBy(field)) {
                continue;
            }
            switch (field.kind()) {
                case ELEMENT -> addPaths(paths, path + ".", field.element());
                case SCORES_BY_STAGE -> paths.add(path + ".discovery");
                case ELEMENTS -> {
                    if (path.equals("presence")) {
                        paths.add("presence.discovery.web");
                    }
                }
                case REFERENCE, SEVERITIES -> { }
                default -> paths.add(path);
            }
        }
    }

    @Test
    void everyComparedFieldHasALabelInEveryLanguage() {
        List<String> paths = comparedPaths();
        assertEquals(true, paths.contains("elements.emotions.score"), paths::toString);
        for (String language : Labels.LANGUAGES) {
            DiffText text = new DiffText(Labels.forLanguage(language), EMPTY, EMPTY);
            for (String path : paths) {
                assertNotEquals(path, text.label(path), language + ": " + path);
            }
        }
    }

    @Test
    void labelsNameTheEntryOfAFieldToldEntryByEntry() {
        DiffText text = new DiffText(Labels.forLanguage("en"), EMPTY, EMPTY);
        assertEquals("Value delivered: price", text.label("value.price"));
        assertEquals("Score for service", text.label("valueProposition.service"));
        assertEquals("Importance at discovery", text.label("importance.discovery"));
        assertEquals("Presence in discovery × web", text.label("presence.discovery.web"));
        assertEquals("Pain points", text.label("painPoints"));
        assertEquals("Emotion score", text.label("elements.emotions.score"));
        assertEquals("no.such.field", text.label("no.such.field"));
    }
}
