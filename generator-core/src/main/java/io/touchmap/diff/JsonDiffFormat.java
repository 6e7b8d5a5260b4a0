package io.touchmap.diff;

import io.touchmap.output.ReportOutput;
import io.touchmap.render.Written;
import java.io.IOException;
import java.util.List;

/**
 * The diff as JSON in {@code diff.json}, the machine-readable change set: the {@code json} format. Version 1 for a
 * map, version 2 for a folder of maps.
 */
public final class JsonDiffFormat implements DiffFormat {

    @Override
    public String name() {
        return "json";
    }

    @Override
    public Written render(Comparison comparison, ReportOutput output) throws IOException {
        output.write(DiffReport.JSON, JsonDiff.render(comparison));
        return new Written(name(), List.of(DiffReport.JSON), DiffReport.JSON, "wrote the change set as JSON: {0}", List.of());
    }
}
