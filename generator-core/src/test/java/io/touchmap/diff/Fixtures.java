package io.touchmap.diff;

import io.touchmap.Touchmap;
import java.nio.file.Path;
import java.util.List;

/** The fixture maps of the diff tests: {@code base} and its variants, each a directory next to this package's tests. */
final class Fixtures {

    static final Path ROOT = Path.of("src/test/resources/io/touchmap/diff");

    private Fixtures() {
    }

    /** The report of the map {@code after} compared with the baseline directory {@code before}. */
    static DiffReport report(String before, String after) {
        return DiffReport.of(Baseline.ofDirectory(ROOT.resolve(before), ROOT), Touchmap.load(ROOT.resolve(after)), ROOT);
    }

    static MapDiff diff(String before, String after) {
        return report(before, after).diff();
    }

    static String markdown(String before, String after) {
        return MarkdownDiff.render(report(before, after));
    }

    static List<String> lines(String text) {
        return text.lines().toList();
    }
}
