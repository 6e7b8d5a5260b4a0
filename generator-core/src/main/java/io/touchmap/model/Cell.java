package io.touchmap.model;

import java.util.Objects;

/** One cell of the map: a lifecycle stage (column) crossed with a channel (row). */
public record Cell(String stage, String channel) {

    // Written out, as a record would generate them: a record's own are linked through java.lang.invoke at their
    // first call, milliseconds each in the short JVM of a build.
    @Override
    public boolean equals(Object other) {
        return other instanceof Cell cell && Objects.equals(stage, cell.stage) && Objects.equals(channel, cell.channel);
    }

    @Override
    public int hashCode() {
        return 31 * Objects.hashCode(stage) + Objects.hashCode(channel);
    }
}
