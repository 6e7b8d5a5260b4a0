package io.touchmap.render.chart;

import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jfree.chart.axis.AxisState;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.plot.CategoryPlot;
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

    /**
     * The categories and the label step of the tick refresh under way ({@link #refreshTicks}), which asks for a
     * label per category at one width: worked out for the first label, not for each (the step measures every label),
     * with each category's index, found without searching the list. Null between refreshes. An axis belongs to
     * one chart, drawn by one thread.
     */
    private transient Labelling labelling;

    private record Labelling(List<?> categories, Map<Object, Integer> indices, float width, int step) {
    }

    /** The step between shown labels: 1 shows them all. */
    private int step(List<?> categories, Graphics2D g2, float categoryWidth) {
        FontMetrics metrics = g2.getFontMetrics(getTickLabelFont());
        float widest = 0;
        for (Object category : categories) {
            widest = Math.max(widest, metrics.stringWidth(category.toString()));
        }
        // A tenth more than measured: whole-unit metrics can round a label narrower than its glyphs print.
        return categoryWidth <= 0 ? 1 : Math.max(1, (int) Math.ceil((widest * 1.1f + LABEL_GAP) / categoryWidth));
    }

    private List<?> categories() {
        return getPlot() instanceof CategoryPlot plot ? plot.getCategoriesForAxis(this) : List.of();
    }

    @Override
    @SuppressWarnings("rawtypes")
    public List refreshTicks(Graphics2D g2, AxisState state, Rectangle2D dataArea, RectangleEdge edge) {
        labelling = null;
        try {
            return super.refreshTicks(g2, state, dataArea, edge);
        } finally {
            labelling = null;
        }
    }

    @Override
    @SuppressWarnings("rawtypes")
    protected TextBlock createLabel(Comparable category, float width, RectangleEdge edge, Graphics2D g2) {
        if (labelling == null || labelling.width() != width) {
            List<?> categories = labelling != null ? labelling.categories() : categories();
            Map<Object, Integer> indices = new HashMap<>();
            for (int i = 0; i < categories.size(); i++) {
                indices.putIfAbsent(categories.get(i), i);
            }
            labelling = new Labelling(categories, indices, width, step(categories, g2, width));
        }
        Integer index = labelling.indices().get(category);
        if (index != null && (labelling.categories().size() - 1 - index) % labelling.step() != 0) {
            return new TextBlock();
        }
        return TextUtils.createTextBlock(category.toString(), getTickLabelFont(category), getTickLabelPaint(category));
    }
}
