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

    /** One line of the log. */
    public record Line(Level level, String text) {

        public Line {
            Objects.requireNonNull(level, "level");
            Objects.requireNonNull(text, "text");
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
