package io.touchmap.report;

import io.touchmap.output.MemoryOutput;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.touchmap.LoadResult;
import io.touchmap.Touchmap;
import io.touchmap.render.ReportSettings;
import io.touchmap.render.html.HtmlSite;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WarmupTest {

    @Test
    void preparingTheRenderChangesNothingARenderWrites() throws Exception {
        LoadResult map = Touchmap.load(Path.of(WarmupTest.class.getResource("/io/touchmap/render/parallel-map/map.yaml").toURI()).getParent());
        MemoryOutput before = new MemoryOutput();
        HtmlSite.render(map, ReportSettings.DEFAULT, before);
        Report.prepare();
        Report.prepare();
        MemoryOutput after = new MemoryOutput();
        HtmlSite.render(map, ReportSettings.DEFAULT, after);
        Map<String, byte[]> expected = before.files();
        Map<String, byte[]> actual = after.files();
        assertEquals(expected.keySet(), actual.keySet());
        assertEquals(List.of(), expected.keySet().stream().filter(path -> !java.util.Arrays.equals(expected.get(path), actual.get(path))).toList());
    }
}
