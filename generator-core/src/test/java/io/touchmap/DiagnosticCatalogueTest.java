package io.touchmap;

import io.touchmap.diagnostic.DiagnosticCode;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every diagnostic code has a fixture map that produces it, so no rule goes untested or undocumented. */
class DiagnosticCatalogueTest {

    private static final List<String> FIXTURE_PACKAGES = List.of("load", "validate");

    @Test
    void everyCodeIsProducedByAFixtureMap() throws IOException {
        Set<DiagnosticCode> produced = EnumSet.noneOf(DiagnosticCode.class);
        for (String name : FIXTURE_PACKAGES) {
            try (Stream<Path> maps = Files.list(Fixtures.directory(DiagnosticCatalogueTest.class, name))) {
                maps.filter(Files::isDirectory)
                        .forEach(map -> Touchmap.load(map).diagnostics().forEach(d -> produced.add(d.code())));
            }
        }
        assertEquals(EnumSet.allOf(DiagnosticCode.class), produced);
    }

    @Test
    void everyCodeIsDistinctAndWellFormed() {
        for (DiagnosticCode code : DiagnosticCode.values()) {
            assertEquals(code, DiagnosticCode.of(code.code()).orElseThrow());
            assertEquals(true, code.code().matches("TM[0-9]{3}"), code.code());
            assertEquals(code.code().startsWith("TM2"), code.isAdjustable(), code.code());
        }
    }
}
