package io.touchmap.render.chart;

import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.util.List;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.text.TextBlock;
import org.jfree.chart.text.TextUtils;
import org.jfree.chart.ui.RectangleEdge;

/**
 * The period axis of a KPI chart: labels stay level and are thinned rather than slanted or cut when they do not fit
 * side by side, keeping every n-th label counted back from the latest, which is always shown.
 */
final class PeriodAxis extends CategoryAxis {

    private static final long serialVersionUID = 1L;
    /** Room between two labels, in the chart's units. */
    private static final float LABEL_GAP = 10;

    /** The step between shown labels: 1 shows them all. */
    int step(Graphics2D g2, float categoryWidth) {
        List<?> categories = getPlot() instanceof org.jfree.chart.plot.CategoryPlot plot ? plot.getCategoriesForAxis(this) : List.of();
        FontMetrics metrics = g2.getFontMetrics(getTickLabelFont());
        float widest = 0;
        for (Object category : categories) {
            widest = Math.max(widest, metrics.stringWidth(category.toString()));
        }
        // A tenth more than measured: whole-unit metrics can round a label narrower than its glyphs print.
        return categoryWidth <= 0 ? 1 : Math.max(1, (int) Math.ceil((widest * 1.1f + LABEL_GAP) / categoryWidth));
    }

    @Override
    @SuppressWarnings("rawtypes")
    protected TextBlock createLabel(Comparable category, float width, RectangleEdge edge, Graphics2D g2) {
        List<?> categories = getPlot() instanceof org.jfree.chart.plot.CategoryPlot plot ? plot.getCategoriesForAxis(this) : List.of();
        int index = categories.indexOf(category);
        int step = step(g2, width);
        if (index >= 0 && (categories.size() - 1 - index) % step != 0) {
            return new TextBlock();
        }
        return TextUtils.createTextBlock(category.toString(), getTickLabelFont(category), getTickLabelPaint(category));
    }
}
