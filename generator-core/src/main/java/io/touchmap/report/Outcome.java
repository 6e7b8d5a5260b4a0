package io.touchmap.report;

import io.touchmap.Maps;
import io.touchmap.render.Written;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What one goal did: the lines for the build log in order, why the build fails (if it does), the maps it read and
 * what it wrote. An adapter logs the lines and fails with the message; it decides nothing else.
 */
public final class Outcome {

    /** How loud a line of the log is. */
    public enum Level {
        INFO, WARNING, ERROR
    }

    /**
     * One line of the log.
     *
     * @param aboutTheMap true for what is said of the map itself (its diagnostics and its summary), which every goal
     *     that reads the map says alike, so that an adapter running several goals in one build can say it once
     */
    public record Line(Level level, String text, boolean aboutTheMap) {

        public Line {
            Objects.requireNonNull(level, "level");
            Objects.requireNonNull(text, "text");
        }

        /** A line about what the goal did. */
        public Line(Level level, String text) {
            this(level, text, false);
        }

        // Written out, as a record would generate them: a record's own are linked through java.lang.invoke at their
        // first call, milliseconds each in the short JVM of a build.
        @Override
        public boolean equals(Object other) {
            return other instanceof Line line && level == line.level && text.equals(line.text) && aboutTheMap == line.aboutTheMap;
        }

        @Override
        public int hashCode() {
            return (31 * level.hashCode() + text.hashCode()) * 31 + Boolean.hashCode(aboutTheMap);
        }
    }

    private final List<Line> lines;
    private final String failure;
    private final Maps maps;
    private final List<Written> written;
    private final boolean upToDate;

    private Outcome(List<Line> lines, String failure, Maps maps, List<Written> written, boolean upToDate) {
        this.lines = List.copyOf(lines);
        this.failure = failure;
        this.maps = maps;
        this.written = List.copyOf(written);
        this.upToDate = upToDate;
    }

    /** The lines to log, in order. */
    public List<Line> lines() {
        return lines;
    }

    /** The message the build fails with, such as {@code Touchmap: 2 errors, 0 warnings in src/touchmap}; empty when it passes. */
    public Optional<String> failure() {
        return Optional.ofNullable(failure);
    }

    /** True when the build fails. */
    public boolean failed() {
        return failure != null;
    }

    /** The maps the goal read: the current ones, not a diff's baseline. */
    public Maps maps() {
        return maps;
    }

    /** What each format wrote, map after map; empty when nothing was written. */
    public List<Written> written() {
        return written;
    }

    /** True when the output was found up to date, so nothing was rendered. */
    public boolean upToDate() {
        return upToDate;
    }

    /** Collects an outcome as a goal runs. */
    static final class Builder {
        private final List<Line> lines = new ArrayList<>();
        private final List<Written> written = new ArrayList<>();
        private final List<String> failures = new ArrayList<>();
        private Maps maps;
        private boolean upToDate;

        /** A line about the map itself: one of its diagnostics, or its summary. */
        Builder aboutTheMap(Level level, String text) {
            lines.add(new Line(level, text, true));
            return this;
        }

        Builder info(String text) {
            lines.add(new Line(Level.INFO, text));
            return this;
        }

        Builder warn(String text) {
            lines.add(new Line(Level.WARNING, text));
            return this;
        }

        Builder error(String text) {
            lines.add(new Line(Level.ERROR, text));
            return this;
        }

        Builder fail(String message) {
            failures.add(message);
            return this;
        }

        boolean failing() {
            return !failures.isEmpty();
        }

        Builder maps(Maps maps) {
            this.maps = maps;
            return this;
        }

        Builder wrote(List<Written> more) {
            written.addAll(more);
            return this;
        }

        Builder upToDate() {
            this.upToDate = true;
            return this;
        }

        Outcome build() {
            return new Outcome(lines, failures.isEmpty() ? null : String.join("\n", failures), maps, written, upToDate);
        }
    }
}
