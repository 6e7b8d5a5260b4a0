package io.touchmap.model;

/** How a KPI's latest value stands against its target and warning threshold. */
public enum KpiStatus implements Keyword {
    ON_TARGET("on-target"),
    WARNING("warning"),
    OFF_TARGET("off-target"),
    NO_DATA("no-data");

    private final String keyword;

    KpiStatus(String keyword) {
        this.keyword = keyword;
    }

    @Override
    public String keyword() {
        return keyword;
    }

    /** How bad the status is, for picking the worst: off target is the worst, no data the least telling. */
    public int severity() {
        return switch (this) {
            case OFF_TARGET -> 3;
            case WARNING -> 2;
            case ON_TARGET -> 1;
            case NO_DATA -> 0;
        };
    }
}
