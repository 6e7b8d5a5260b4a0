package io.touchmap.render.pdf;

import io.touchmap.diagnostic.Diagnostic;
import io.touchmap.internal.text.Labels;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** The appendix listing the validation warnings of the map, with their code and where they were found. */
final class WarningsAppendix implements PdfSection {

    @Override
    public String key() {
        return "section:warnings";
    }

    @Override
    public String titleKey() {
        return "common.warnings";
    }

    @Override
    public void write(RenderContext context, PageFlow.Heading opening) throws IOException {
        PageFlow flow = context.flow();
        Labels labels = context.labels();
        List<Diagnostic> warnings = context.warnings();
        Path base = context.base();
        if (warnings.isEmpty()) {
            flow.paragraph(labels.get("common.warnings.none"), flow.body().withColor(PdfStyle.MUTED));
            return;
        }
        PdfTable.Builder table = PdfTable.builder()
                .column(labels.get("common.code"), 0.8f)
                .column(labels.get("common.location"), 2)
                .column(labels.get("common.message"), 5.2f);
        TextStyle body = flow.body().withSize(8.5f);
        for (Diagnostic warning : warnings) {
            table.row(PdfTable.Cell.text(warning.code().code(), flow.strong().withSize(8.5f)),
                    PdfTable.Cell.text(warning.location().format(base), body),
                    PdfTable.Cell.text(warning.text(labels), body));
        }
        flow.table(table.build());
    }
}
