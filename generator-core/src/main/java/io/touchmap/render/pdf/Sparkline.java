package io.touchmap.render.pdf;

import io.touchmap.model.Kpi;
import io.touchmap.model.Observation;
import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDPageContentStream;

/**
 * A KPI's values as a small line drawn directly as PDF paths (no chart library), with the target as a dashed line
 * and the latest value as a dot in its status colour: cheap enough for sheets with many KPIs.
 */
final class Sparkline implements Figure {

    private final Kpi kpi;
    private final List<Observation> values;
    private final float width;
    private final float height;
    private final String alt;

    Sparkline(Kpi kpi, float width, float height, String alt) {
        this.alt = alt;
        this.kpi = kpi;
        this.values = kpi.chronological();
        this.width = width;
        this.height = height;
    }

    @Override
    public float width() {
        return width;
    }

    @Override
    public float height() {
        return height;
    }

    @Override
    public String alt() {
        return alt;
    }

    @Override
    public void draw(Canvas canvas, float x, float y) throws IOException {
        if (values.isEmpty()) {
            return;
        }
        double min = values.stream().mapToDouble(Observation::value).min().orElseThrow();
        double max = values.stream().mapToDouble(Observation::value).max().orElseThrow();
        if (kpi.target() != null) {
            min = Math.min(min, kpi.target());
            max = Math.max(max, kpi.target());
        }
        double span = max - min == 0 ? 1 : max - min;
        float inset = 2.5f;
        float plotHeight = height - 2 * inset;
        float step = values.size() == 1 ? 0 : (width - 2 * inset) / (values.size() - 1);
        PDPageContentStream stream = canvas.graphics();
        stream.saveGraphicsState();
        if (kpi.target() != null) {
            float ty = (float) (y + inset + (kpi.target() - min) / span * plotHeight);
            stream.setLineDashPattern(new float[] {2, 1.5f}, 0);
            canvas.rule(PdfStyle.MUTED, 0.5f, x, ty, x + width, ty);
            stream.setLineDashPattern(new float[0], 0);
        }
        stream.setStrokingColor(PdfStyle.ACCENT);
        stream.setLineWidth(0.9f);
        float lastX = 0;
        float lastY = 0;
        for (int i = 0; i < values.size(); i++) {
            lastX = x + inset + (values.size() == 1 ? (width - 2 * inset) / 2 : i * step);
            lastY = (float) (y + inset + (values.get(i).value() - min) / span * plotHeight);
            if (values.size() == 1) {
                break;
            }
            if (i == 0) {
                stream.moveTo(lastX, lastY);
            } else {
                stream.lineTo(lastX, lastY);
            }
        }
        if (values.size() > 1) {
            stream.stroke();
        }
        stream.setNonStrokingColor(PdfStyle.color(kpi.status()));
        float r = 1.8f;
        stream.addRect(lastX - r, lastY - r, 2 * r, 2 * r);
        stream.fill();
        stream.restoreGraphicsState();
    }
}
