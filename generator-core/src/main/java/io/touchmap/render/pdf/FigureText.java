package io.touchmap.render.pdf;

import io.touchmap.internal.text.Labels;
import io.touchmap.model.Competitor;
import io.touchmap.model.Kpi;
import io.touchmap.model.Observation;
import io.touchmap.model.PropositionComponent;
import io.touchmap.model.StageEmotion;
import io.touchmap.model.TouchpointMap;
import io.touchmap.model.ValueComponent;
import java.util.ArrayList;
import java.util.List;

/**
 * What each chart of the document shows, in words, for a screen reader (the alternative text of its Figure element):
 * the caption and the one-sentence summary the site gives the same chart, then the chart's data.
 */
final class FigureText {

    private FigureText() {
    }

    /** A KPI's chart (or sparkline): its caption, its latest value against its target, and every value by period. */
    static String kpi(Kpi kpi, Labels labels) {
        List<Observation> values = kpi.chronological();
        StringBuilder text = new StringBuilder(labels.format("site.kpi.caption", kpi.displayName()));
        Observation latest = kpi.latest().orElse(null);
        if (latest != null) {
            String quantity = labels.quantity(latest.value(), kpi.unit());
            text.append(' ').append(kpi.target() == null
                    ? labels.format("site.kpi.altNoTarget", kpi.displayName(), values.size(), quantity,
                            labels.period(latest.period()), labels.of(kpi.status()))
                    : labels.format("site.kpi.alt", kpi.displayName(), values.size(), quantity,
                            labels.period(latest.period()), labels.of(kpi.status()), labels.quantity(kpi.target(), kpi.unit())));
        }
        List<String> data = new ArrayList<>();
        for (Observation value : values) {
            data.add(labels.format("pdf.chart.pair", labels.period(value.period()), labels.quantity(value.value(), kpi.unit())));
        }
        return withData(text, data, labels);
    }

    /** An emotion curve (of every touchpoint, or of a persona's): its caption and the mean score of each stage. */
    static String emotion(List<StageEmotion> curve, Labels labels) {
        List<String> parts = new ArrayList<>();
        for (StageEmotion emotion : curve) {
            if (emotion.mean() != null) {
                parts.add(labels.format("pdf.chart.pair", emotion.stage().displayName(),
                        TouchpointSheets.signed(Math.round(emotion.mean() * 10) / 10.0, labels)));
            }
        }
        return labels.get("site.emotion.caption") + " " + labels.format("site.emotion.alt", String.join(", ", parts));
    }

    /** The value proposition's bars: the caption, then each component's scores, ours first. */
    static String valueProposition(TouchpointMap map, Labels labels) {
        StringBuilder text = new StringBuilder(labels.get("site.valueProposition.caption")).append(' ')
                .append(labels.format("site.valueProposition.alt", map.competitors().size()));
        String us = map.info().organisation() == null || map.info().organisation().isBlank()
                ? labels.get("common.chart.us") : map.info().organisation();
        List<String> data = new ArrayList<>();
        for (ValueComponent component : ValueComponent.values()) {
            List<String> scores = new ArrayList<>();
            map.valueProposition().component(component).map(PropositionComponent::score)
                    .ifPresent(score -> scores.add(labels.format("pdf.chart.pair", us, score)));
            for (Competitor competitor : map.competitors()) {
                Integer score = competitor.valueProposition().get(component);
                if (score != null) {
                    scores.add(labels.format("pdf.chart.pair", competitor.name(), score));
                }
            }
            if (!scores.isEmpty()) {
                data.add(labels.format("pdf.labelled", labels.of(component), String.join(", ", scores)));
            }
        }
        return withData(text, data, labels);
    }

    private static String withData(StringBuilder text, List<String> data, Labels labels) {
        if (!data.isEmpty()) {
            text.append(' ').append(labels.format("pdf.chart.data", String.join("; ", data)));
        }
        return spoken(text);
    }

    /** {@code text} as a screen reader is given it: on one line, each run of white space one space. */
    static String spoken(CharSequence text) {
        // what replacing each run of \s+ by a space does, without a regular expression's match for every single space
        StringBuilder line = new StringBuilder(text.length());
        boolean run = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean space = c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
            if (!space) {
                line.append(c);
            } else if (!run) {
                line.append(' ');
            }
            run = space;
        }
        return line.toString().strip();
    }
}
