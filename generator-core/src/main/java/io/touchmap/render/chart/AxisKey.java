package io.touchmap.render.chart;

/**
 * A row or column key of a chart's dataset: compared and told apart by id, shown by label, so that two stages or
 * competitors with the same name stay two categories.
 */
record AxisKey(String id, String label) implements Comparable<AxisKey> {

    @Override
    public int compareTo(AxisKey other) {
        return id.compareTo(other.id);
    }

    @Override
    public String toString() {
        return label;
    }
}
