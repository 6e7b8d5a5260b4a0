package io.touchmap.render.pdf;

import io.touchmap.diagnostic.Diagnostic;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** The appendix listing the validation warnings of the map, with their code and where they were found. */
final class WarningsAppendix {

    private WarningsAppendix() {
    }

    static void write(RenderContext context, List<Diagnostic> warnings, Path base) throws IOException {
        PageFlow flow = context.flow();
        PdfLabels labels = context.labels();
        flow.newPage(PdfStyle.PORTRAIT);
        flow.heading(1, labels.get("warnings"), DocumentPlan.WARNINGS, null, true);
        if (warnings.isEmpty()) {
            flow.paragraph(labels.get("warnings.none"), flow.body().withColor(PdfStyle.MUTED));
            return;
        }
        PdfTable.Builder table = PdfTable.builder()
                .column(labels.get("warnings.code"), 0.8f)
                .column(labels.get("warnings.location"), 2)
                .column(labels.get("warnings.message"), 5.2f);
        TextStyle body = flow.body().withSize(8.5f);
        for (Diagnostic warning : warnings) {
            table.row(PdfTable.Cell.text(warning.code().code(), flow.strong().withSize(8.5f)),
                    PdfTable.Cell.text(warning.location().format(base), body),
                    PdfTable.Cell.text(warning.text(), body));
        }
        flow.table(table.build());
    }
}
