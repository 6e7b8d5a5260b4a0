package io.touchmap.render.pdf;

import io.touchmap.internal.text.Labels;
import io.touchmap.internal.text.Markdown;
import io.touchmap.model.KpiStatus;
import io.touchmap.model.Logo;
import io.touchmap.model.MapInfo;
import io.touchmap.model.TouchpointMap;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.color.PDColorSpace;
import org.apache.pdfbox.pdmodel.graphics.color.PDDeviceGray;
import org.apache.pdfbox.pdmodel.graphics.color.PDDeviceRGB;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/** The cover: organisation, title, description, date, and the map's figures at a glance. */
final class CoverPage {

    /** The largest size of the logo on the cover, in points. */
    private static final float LOGO_HEIGHT = 56;
    private static final float LOGO_WIDTH = 200;

    private CoverPage() {
    }

    static void write(RenderContext context) throws IOException {
        PageFlow flow = context.flow();
        TouchpointMap map = context.map();
        MapInfo info = map.info();
        Labels labels = context.labels();
        flow.newPage(PdfStyle.PORTRAIT);
        Canvas canvas = flow.canvas();
        float pageWidth = PdfStyle.PORTRAIT.getWidth();
        float pageHeight = PdfStyle.PORTRAIT.getHeight();
        canvas.fill(flow.palette().brand(), 0, pageHeight - 14, pageWidth, 14);
        logo(context, canvas, pageHeight - 14 - 36);
        // The title starts a fifth of the way down, as on a title page.
        flow.moveDown(pageHeight * 0.2f);
        if (info.organisation() != null && !info.organisation().isBlank()) {
            flow.paragraph(info.organisation(), flow.heading(3).withColor(PdfStyle.MUTED).withSize(13));
        }
        TextStyle title = new TextStyle(flow.heading(1).font(), PdfStyle.TITLE_SIZE, PdfStyle.TEXT);
        flow.title(1, info.displayTitle(), title);
        float ruleY = flow.y() - 2;
        canvas.rule(flow.palette().accent(), 2, flow.left(), ruleY, flow.left() + 90, ruleY);
        flow.moveDown(16);
        if (context.date() != null) {
            flow.paragraph(labels.format("pdf.cover.date", labels.date(context.date())), flow.body().withColor(PdfStyle.MUTED));
        }
        flow.space(10);
        for (List<Markdown.Span> paragraph : Markdown.parse(info.description()).styledParagraphs()) {
            flow.paragraph(paragraph, flow.body().withSize(10.5f));
        }
        flow.space(18);
        flow.title(3, labels.get("common.overview"), flow.heading(3));
        figures(context);
    }

    /**
     * The map's logo at the top left, below the band, {@link #LOGO_HEIGHT} high (less if it would be wider than
     * {@link #LOGO_WIDTH}), its top at {@code top}.
     */
    private static void logo(RenderContext context, Canvas canvas, float top) throws IOException {
        Optional<Logo> logo = context.map().info().theme().usableLogo();
        if (logo.isEmpty()) {
            return;
        }
        PDImageXObject image = image(context.flow().document(), logo.get());
        float scale = Math.min(LOGO_HEIGHT / logo.get().height(), LOGO_WIDTH / logo.get().width());
        float width = logo.get().width() * scale;
        float height = logo.get().height() * scale;
        canvas.image(image, PdfStyle.MARGIN, top - height, width, height);
    }

    /**
     * The logo as PDFBox's factories embed it: a JPEG file as it is, a PNG's pixels compressed losslessly. Made here
     * from pixels decoded in memory, as PDFBox's own reading of an image file goes through ImageIO's file cache, in a
     * temporary folder a locked-down machine may not let Java write.
     */
    private static PDImageXObject image(PDDocument document, Logo logo) throws IOException {
        BufferedImage pixels = logo.pixels();
        if (logo.format().equals("jpeg")) {
            PDColorSpace colours = pixels.getColorModel().getNumComponents() == 1 ? PDDeviceGray.INSTANCE
                    : PDDeviceRGB.INSTANCE;
            return new PDImageXObject(document, new ByteArrayInputStream(logo.bytes()), COSName.DCT_DECODE,
                    logo.width(), logo.height(), 8, colours);
        }
        return LosslessFactory.createFromImage(document, pixels);
    }

    private static void figures(RenderContext context) throws IOException {
        PageFlow flow = context.flow();
        TouchpointMap map = context.map();
        Labels labels = context.labels();
        PdfTable.Builder table = PdfTable.builder().noHeader().column(null, 2).column(null, 3);
        row(table, flow, labels.get("pdf.cover.stages"), String.valueOf(map.stages().size()));
        row(table, flow, labels.get("common.channels"), String.valueOf(map.channels().size()));
        row(table, flow, labels.get("common.touchpoints"), String.valueOf(map.touchpoints().size()));
        List<PdfTable.Item> statuses = new ArrayList<>();
        statuses.add(PdfTable.Item.text(String.valueOf(map.kpis().size()), flow.body()));
        for (Map.Entry<KpiStatus, Long> count : map.kpiStatusCounts().entrySet()) {
            if (count.getValue() > 0) {
                statuses.add(PdfTable.Item.marked(PdfStyle.symbol(count.getKey()),
                        flow.strong().withColor(PdfStyle.color(count.getKey())),
                        count.getValue() + " " + labels.of(count.getKey()), flow.body()));
            }
        }
        table.row(PdfTable.Cell.text(labels.get("common.kpis"), flow.strong()).filled(PdfStyle.ROW_HEADER_FILL),
                PdfTable.Cell.of(statuses));
        row(table, flow, labels.get("common.competitors"), String.valueOf(map.competitors().size()));
        flow.table(table.build());
    }

    private static void row(PdfTable.Builder table, PageFlow flow, String label, String value) {
        table.row(PdfTable.Cell.text(label, flow.strong()).filled(PdfStyle.ROW_HEADER_FILL),
                PdfTable.Cell.text(value, flow.body()));
    }
}
