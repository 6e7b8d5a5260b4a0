package io.touchmap.render.html;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.touchmap.output.MemoryOutput;
import java.io.IOException;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import org.junit.jupiter.api.Test;

class DeterministicOutputTest {

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"site-map", "themed-map"})
    void twoRendersOfTheSameMapAreByteIdenticalWhateverTheMachineLocaleAndTimeZone(String fixture) throws IOException {
        Map<String, byte[]> first = Fixtures.render(fixture).files();
        Locale locale = Locale.getDefault();
        TimeZone zone = TimeZone.getDefault();
        Map<String, byte[]> second;
        try {
            Locale.setDefault(Locale.JAPAN);
            TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Kiritimati"));
            second = Fixtures.render(fixture).files();
        } finally {
            Locale.setDefault(locale);
            TimeZone.setDefault(zone);
        }
        assertEquals(first.keySet(), second.keySet());
        first.forEach((path, bytes) -> assertArrayEquals(bytes, second.get(path), path));
    }
}
