package io.touchmap.diagnostic;

import io.touchmap.model.Location;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Collects the diagnostics of one piece of work, such as one file. Not thread-safe: one per thread of work. */
public final class Reporter {

    private final List<Diagnostic> diagnostics = new ArrayList<>();
    private final Path base;

    /** A reporter whose messages name other places relative to {@code base}, the map directory. */
    public Reporter(Path base) {
        this.base = base;
    }

    /**
     * Another place, for a message such as "already used at stages.yaml:4:7": written relative to the directory the
     * diagnostic is printed against, like the diagnostic's own location.
     */
    public Place where(Location location) {
        return new Place(location, base);
    }

    /** Records a problem. */
    public void report(Diagnostic diagnostic) {
        diagnostics.add(diagnostic);
    }

    /** Records a problem of the case {@code text} at {@code location}, its words filled with {@code arguments}. */
    public void report(DiagnosticText text, Location location, Object... arguments) {
        report(text.at(location, arguments));
    }

    public void addAll(List<Diagnostic> more) {
        diagnostics.addAll(more);
    }

    public List<Diagnostic> diagnostics() {
        return diagnostics;
    }
}
