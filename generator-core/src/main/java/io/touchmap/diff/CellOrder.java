package io.touchmap.diff;

import io.touchmap.model.Cell;
import io.touchmap.model.TouchpointMap;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;

/**
 * Orders cells as the map reads: by stage (column) then channel (row), in the current map's order, with stages and
 * channels that only the baseline has after the others, in the baseline's order.
 */
final class CellOrder implements Comparator<Cell> {

    private final Map<String, Integer> stages = new HashMap<>();
    private final Map<String, Integer> channels = new HashMap<>();

    CellOrder(TouchpointMap before, TouchpointMap after) {
        after.stages().forEach(s -> stages.putIfAbsent(s.id(), stages.size()));
        before.stages().forEach(s -> stages.putIfAbsent(s.id(), stages.size()));
        after.channels().forEach(c -> channels.putIfAbsent(c.id(), channels.size()));
        before.channels().forEach(c -> channels.putIfAbsent(c.id(), channels.size()));
    }

    @Override
    public int compare(Cell a, Cell b) {
        int byStage = Integer.compare(index(stages, a.stage()), index(stages, b.stage()));
        if (byStage != 0) {
            return byStage;
        }
        int byChannel = Integer.compare(index(channels, a.channel()), index(channels, b.channel()));
        if (byChannel != 0) {
            return byChannel;
        }
        return (String.valueOf(a.stage()) + '\u0000' + a.channel()).compareTo(String.valueOf(b.stage()) + '\u0000' + b.channel());
    }

    private static int index(Map<String, Integer> order, String id) {
        return id == null ? Integer.MAX_VALUE : order.getOrDefault(id, Integer.MAX_VALUE - 1);
    }
}
