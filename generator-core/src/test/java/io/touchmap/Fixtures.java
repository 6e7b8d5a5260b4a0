package io.touchmap;

import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;

/** The fixture maps of the tests: small map directories kept next to the test classes that use them. */
public final class Fixtures {

    private Fixtures() {
    }

    /** The fixture directory {@code name} in the resource package of {@code owner}. */
    public static Path directory(Class<?> owner, String name) {
        URL url = owner.getResource(name);
        if (url == null) {
            throw new IllegalArgumentException("no fixture '" + name + "' next to " + owner.getName());
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(url.toString(), e);
        }
    }

    /** Loads the fixture map {@code name}. */
    public static LoadResult load(Class<?> owner, String name) {
        return Touchmap.load(directory(owner, name));
    }

    /** The diagnostics of the fixture map {@code name} as printed, with paths relative to the map directory. */
    public static List<String> diagnostics(Class<?> owner, String name) {
        return printed(directory(owner, name));
    }

    /** The diagnostics of the map in {@code directory} as printed, with paths relative to it. */
    public static List<String> printed(Path directory) {
        return Touchmap.format(Touchmap.load(directory), directory);
    }

    /** Copies the folder {@code from} with everything in it to {@code to} (made if missing), and gives {@code to}. */
    public static Path copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        return to;
    }
}
