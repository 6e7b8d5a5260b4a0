package io.touchmap.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** The small maps next to the tests, copied where a command reads them. */
final class Fixtures {

    private Fixtures() {
    }

    /** Copies the fixture map {@code name} into {@code target}, created if need be, and returns {@code target}. */
    static Path copy(String name, Path target) {
        try {
            Path source = Path.of(Fixtures.class.getResource(name).toURI());
            Files.createDirectories(target);
            try (Stream<Path> files = Files.list(source)) {
                for (Path file : files.toList()) {
                    Files.copy(file, target.resolve(file.getFileName().toString()));
                }
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
