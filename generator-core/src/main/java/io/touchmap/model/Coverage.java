package io.touchmap.model;

import java.util.List;

/**
 * Where the map has holes: cells, stages and channels without any touchpoint, and touchpoints that nothing measures.
 */
public record Coverage(
        int cellCount,
        List<Cell> emptyCells,
        List<LifecycleStage> emptyStages,
        List<Channel> unusedChannels,
        List<Touchpoint> touchpointsWithoutKpis) {

    public Coverage {
        emptyCells = List.copyOf(emptyCells);
        emptyStages = List.copyOf(emptyStages);
        unusedChannels = List.copyOf(unusedChannels);
        touchpointsWithoutKpis = List.copyOf(touchpointsWithoutKpis);
    }

    /** The share of cells holding at least one touchpoint, from 0 to 1. */
    public double coveredShare() {
        return cellCount == 0 ? 0 : (cellCount - emptyCells.size()) / (double) cellCount;
    }
}
