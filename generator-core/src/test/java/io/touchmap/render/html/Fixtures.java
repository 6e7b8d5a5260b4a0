package io.touchmap.render.html;

import io.touchmap.LoadResult;
import io.touchmap.Touchmap;
import io.touchmap.output.MemoryOutput;
import io.touchmap.render.ReportSettings;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;

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

    static MemoryOutput render(String name, ReportSettings settings) throws IOException {
        MemoryOutput output = new MemoryOutput();
        HtmlSite.render(load(name), settings, output);
        return output;
    }
}
