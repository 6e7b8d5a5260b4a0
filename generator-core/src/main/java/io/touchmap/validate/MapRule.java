package io.touchmap.validate;

import io.touchmap.diagnostic.Reporter;
import io.touchmap.model.TouchpointMap;

/** One check of a loaded map, reporting what it finds under its own diagnostic codes. */
public interface MapRule {

    /** Reports every problem of {@code map} this rule looks for. */
    void check(TouchpointMap map, Reporter out);
}
