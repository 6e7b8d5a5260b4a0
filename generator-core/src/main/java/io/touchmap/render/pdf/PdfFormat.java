package io.touchmap.render.pdf;

import io.touchmap.LoadResult;
import io.touchmap.output.ReportOutput;
import io.touchmap.render.MapFormat;
import io.touchmap.render.ReportSettings;
import io.touchmap.render.Written;
import java.io.IOException;
import java.util.List;

/** The map as one printable PDF document, named after the map's id: the {@code pdf} format. */
public final class PdfFormat implements MapFormat {

    @Override
    public String name() {
        return "pdf";
    }

    @Override
    public void prepare() {
        PdfFonts.prepare();
    }

    @Override
    public Written render(LoadResult result, ReportSettings settings, ReportOutput output) throws IOException {
        PdfRender pdf = PdfDocument.of(result, settings).writeTo(output);
        return new Written(name(), List.of(pdf.fileName()), pdf.fileName(), "wrote a PDF of " + pdf.pages() + " pages: {0}",
                pdf.warnings());
    }
}
