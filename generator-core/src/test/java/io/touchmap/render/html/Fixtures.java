package io.touchmap.render.html;

import io.touchmap.LoadResult;
import io.touchmap.Touchmap;
import io.touchmap.model.Kpi;
import io.touchmap.model.KpiStatus;
import io.touchmap.model.MapHistory;
import io.touchmap.output.MemoryOutput;
import io.touchmap.render.ReportSettings;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The fixture maps next to these tests, loaded and rendered in memory. */
final class Fixtures {

    private Fixtures() {
    }

    static Path directory(String name) {
        try {
            return Path.of(Fixtures.class.getResource(name + "/map.yaml").toURI()).getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static LoadResult load(String name) {
        return Touchmap.load(directory(name));
    }

    static MemoryOutput render(String name) throws IOException {
        return render(name, ReportSettings.DEFAULT);
    }

    /**
     * A made-up history of three versions of {@code result}'s map, from a shallow clone, so the History page shows
     * every part: a KPI absent from a version, each status, and the note on missing versions.
     */
    static MapHistory history(LoadResult result) {
        Map<String, KpiStatus> none = new LinkedHashMap<>();
        Map<String, KpiStatus> some = new LinkedHashMap<>();
        Map<String, KpiStatus> now = new LinkedHashMap<>();
        List<MapHistory.KpiLine> kpis = new ArrayList<>();
        List<Kpi> all = result.map().kpis();
        for (int i = 0; i < all.size(); i++) {
            Kpi kpi = all.get(i);
            kpis.add(new MapHistory.KpiLine(kpi.id(), kpi.displayName()));
            if (i > 0) {
                none.put(kpi.id(), KpiStatus.NO_DATA);
            }
            some.put(kpi.id(), KpiStatus.values()[i % KpiStatus.values().length]);
            now.put(kpi.id(), kpi.status());
        }
        LocalDate day = LocalDate.of(2026, 3, 2);
        return new MapHistory(List.of(
                new MapHistory.Version("0123456789abcdef0123456789abcdef01234567", "v1", day, null, null, true, none),
                new MapHistory.Version("1123456789abcdef0123456789abcdef01234567", "v2", day.plusDays(7), "1 touchpoint added",
                        "1 touchpoint added", false, some),
                new MapHistory.Version("2123456789abcdef0123456789abcdef01234567", "v3", day.plusDays(14),
                        "1 touchpoint changed; 1 KPI changed status", "1 touchpoint changed; 1 KPI changed status", true, now)),
                kpis, true, true);
    }

    static MemoryOutput render(String name, ReportSettings settings) throws IOException {
        MemoryOutput output = new MemoryOutput();
        HtmlSite.render(load(name), settings, output);
        return output;
    }
}
