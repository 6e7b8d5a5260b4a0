package io.touchmap.render.chart;

import java.util.Objects;

/**
 * A row or column key of a chart's dataset: compared and told apart by id, shown by label, so that two stages or
 * competitors with the same name stay two categories.
 */
record AxisKey(String id, String label) implements Comparable<AxisKey> {

    /**
     * Written out rather than left to the record's generated method: JFreeChart finds a chart's keys by linear search
     * of its lists, some hundreds of comparisons per chart, and the generated one (a method handle chain) stays slow
     * until the optimising compiler reaches it, which a short run never does.
     */
    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof AxisKey key && Objects.equals(id, key.id) && Objects.equals(label, key.label);
    }

    @Override
    public int hashCode() {
        return 31 * Objects.hashCode(id) + Objects.hashCode(label);
    }

    @Override
    public int compareTo(AxisKey other) {
        return id.compareTo(other.id);
    }

    @Override
    public String toString() {
        return label;
    }
}
