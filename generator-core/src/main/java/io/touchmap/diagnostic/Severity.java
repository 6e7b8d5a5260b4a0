package io.touchmap.diagnostic;

/** How serious a diagnostic is: errors fail the build, warnings only with {@code failOnWarning}. */
public enum Severity {
    ERROR, WARNING;

    /** The word printed in a diagnostic line. */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
