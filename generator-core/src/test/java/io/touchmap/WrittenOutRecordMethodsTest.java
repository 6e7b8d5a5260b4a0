package io.touchmap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.touchmap.diagnostic.Subject;
import io.touchmap.model.Location;
import io.touchmap.render.ReportSettings;
import java.awt.Color;
import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The records whose {@code equals}, {@code hashCode} or {@code toString} are written out (a record's own are linked
 * through {@code java.lang.invoke} at their first call, which a build's short JVM pays for) keep doing what a record
 * generates: equal exactly when every component is, the same hash (so that hash maps keyed by them iterate as before),
 * and every component named in the text. A component added later and left out of them fails here.
 */
class WrittenOutRecordMethodsTest {

    @ParameterizedTest
    @ValueSource(strings = {"io.touchmap.model.Cell", "io.touchmap.model.Location", "io.touchmap.load.InputFile",
            "io.touchmap.diagnostic.Diagnostic", "io.touchmap.report.Outcome$Line", "io.touchmap.render.chart.Circle",
            "io.touchmap.render.chart.Hatch"})
    void equalsAndHashCodeAreARecordsOwn(String name) throws Exception {
        Class<?> type = Class.forName(name);
        RecordComponent[] components = type.getRecordComponents();
        Object[] values = Arrays.stream(components).map(c -> sample(c.getType(), 0)).toArray();
        Object record = create(type, values);

        Object same = create(type, Arrays.stream(components).map(c -> sample(c.getType(), 0)).toArray());
        assertEquals(record, same);
        assertEquals(record.hashCode(), same.hashCode());
        assertEquals(generatedHash(values), record.hashCode(), "the hash a record generates");
        for (int i = 0; i < components.length; i++) {
            Object[] changed = values.clone();
            changed[i] = sample(components[i].getType(), 1);
            assertNotEquals(record, create(type, changed), "a " + type.getSimpleName() + " with another " + components[i].getName());
        }
        assertNotEquals(record, "text");
    }

    @Test
    void theSettingsTextNamesEverySettingAsARecordWould() {
        ReportSettings settings = new ReportSettings("fr", LocalDate.of(2026, 11, 1), 3);
        String text = settings.toString();
        for (RecordComponent component : ReportSettings.class.getRecordComponents()) {
            assertTrue(text.contains(component.getName() + "="), () -> text + " names " + component.getName());
        }
        assertEquals("ReportSettings[language=fr, date=2026-11-01, threads=3, history=" + settings.history() + ", pageSize="
                + settings.pageSize() + "]", text);
    }

    private static Object create(Class<?> type, Object[] values) throws Exception {
        Class<?>[] parameters = Arrays.stream(type.getRecordComponents()).map(RecordComponent::getType).toArray(Class<?>[]::new);
        Constructor<?> constructor = type.getDeclaredConstructor(parameters);
        constructor.setAccessible(true);
        return constructor.newInstance(values);
    }

    /** What {@code java.lang.runtime.ObjectMethods} computes: 31 times the hash so far plus each component's. */
    private static int generatedHash(Object[] values) {
        int hash = 0;
        for (Object value : values) {
            hash = hash * 31 + (value == null ? 0 : value.hashCode());
        }
        return hash;
    }

    /** Two different values of each type these records hold: {@code which} 0 or 1. */
    private static Object sample(Class<?> type, int which) {
        if (type == String.class) {
            return which == 0 ? "shop" : "web";
        } else if (type == int.class) {
            return 3 + which;
        } else if (type == long.class) {
            return 3L + which;
        } else if (type == boolean.class) {
            return which == 1;
        } else if (type == Path.class) {
            return Path.of(which == 0 ? "stages.yaml" : "touchpoints.yaml");
        } else if (type == Location.class) {
            return new Location(Path.of("map.yaml"), 4 + which, 7);
        } else if (type == Color.class) {
            return which == 0 ? Color.RED : Color.BLUE;
        } else if (type.isEnum()) {
            return type.getEnumConstants()[which];
        } else if (type.getSimpleName().equals("Words")) {
            return Subject.noun(which == 0 ? "touchpoint" : "stage");
        }
        throw new IllegalArgumentException("no sample " + type);
    }
}
