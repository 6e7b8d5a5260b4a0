package io.touchmap.diff;

import io.touchmap.output.ReportOutput;
import io.touchmap.render.Written;
import java.io.IOException;
import java.util.List;

/** The diff as GitHub-flavoured Markdown in {@code diff.md}, made for a pull-request comment: the {@code markdown} format. */
public final class MarkdownDiffFormat implements DiffFormat {

    @Override
    public String name() {
        return "markdown";
    }

    @Override
    public Written render(Comparison comparison, ReportOutput output) throws IOException {
        output.write(DiffReport.MARKDOWN, MarkdownDiff.render(comparison));
        return new Written(name(), List.of(DiffReport.MARKDOWN), DiffReport.MARKDOWN, "wrote the diff for a pull-request comment: {0}",
                List.of());
    }
}
