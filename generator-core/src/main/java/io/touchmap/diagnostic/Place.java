package io.touchmap.diagnostic;

import io.touchmap.model.Location;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Another place a message names, such as the first of two repeated keys: written, like the diagnostic's own location,
 * relative to the directory its line is printed against, so a build log and an editor can open both.
 *
 * @param base the directory the place is written relative to when no other is given: the map directory
 */
public record Place(Location location, Path base) {

    public Place {
        Objects.requireNonNull(location, "location");
    }

    /** {@code path:line:col} relative to {@code directory}. */
    public String format(Path directory) {
        return location.format(directory);
    }

    @Override
    public String toString() {
        return location.format(base);
    }
}
