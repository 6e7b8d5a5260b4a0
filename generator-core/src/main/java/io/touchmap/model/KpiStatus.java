package io.touchmap.model;

/** How a KPI's latest value stands against its target and warning threshold. */
public enum KpiStatus implements Keyword {
    ON_TARGET("on-target"),
    WARNING("warning"),
    OFF_TARGET("off-target"),
    /** Values but no target to judge them against: the trend alone is shown. */
    NO_TARGET("no-target"),
    NO_DATA("no-data");

    private final String keyword;

    KpiStatus(String keyword) {
        this.keyword = keyword;
    }

    @Override
    public String keyword() {
        return keyword;
    }

    /**
     * How bad the status is, for picking the worst: off target is the worst; values without a target tell less than
     * a target met, and no data the least.
     */
    public int severity() {
        return switch (this) {
            case OFF_TARGET -> 4;
            case WARNING -> 3;
            case ON_TARGET -> 2;
            case NO_TARGET -> 1;
            case NO_DATA -> 0;
        };
    }
}
