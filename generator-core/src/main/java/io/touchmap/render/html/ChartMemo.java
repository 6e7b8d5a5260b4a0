package io.touchmap.render.html;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The SVG of the KPI charts a site drew, by what each shows (the KPI, a record, and the language of its labels), so
 * that a site rendered again and again in one process, as the live preview does on every save, draws again only
 * the charts whose KPI changed: equal KPIs draw the same bytes. Beyond {@value #CAPACITY} charts, the least recently
 * used are let go.
 */
final class ChartMemo {

    private static final int CAPACITY = 4_096;

    private final Map<List<Object>, String> charts = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<List<Object>, String> eldest) {
            return size() > CAPACITY;
        }
    };
    private int drawn;

    /**
     * The chart that shows {@code key}: the one drawn before, or {@code draw}'s, kept. Charts are drawn outside the
     * lock, so that the site's threads draw theirs side by side.
     */
    String svg(List<Object> key, Supplier<String> draw) {
        synchronized (charts) {
            String known = charts.get(key);
            if (known != null) {
                return known;
            }
        }
        String svg = draw.get();
        synchronized (charts) {
            charts.put(key, svg);
            drawn++;
        }
        return svg;
    }

    /** How many charts were drawn rather than reused, since the memo was made. */
    int drawn() {
        synchronized (charts) {
            return drawn;
        }
    }
}
