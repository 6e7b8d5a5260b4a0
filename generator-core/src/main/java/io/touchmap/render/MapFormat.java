package io.touchmap.render;

import io.touchmap.LoadResult;
import io.touchmap.output.ReportOutput;
import java.io.IOException;

/**
 * One output format of a map, such as its HTML site or its PDF: renders a valid map into a {@link ReportOutput} and
 * says what it wrote. A new format is a class implementing this interface plus its entry in the list of formats.
 *
 * <p>A format may be asked to render several maps at once, from several threads: it keeps no state between renders.
 */
public interface MapFormat {

    /** The name that selects the format in the {@code formats} parameter, in lower case, such as {@code html}. */
    String name();

    /**
     * Renders the map of {@code result}, which has no errors, into {@code output}, labelled and dated as
     * {@code settings} say.
     */
    Written render(LoadResult result, ReportSettings settings, ReportOutput output) throws IOException;

    /**
     * Reads what every render of this format needs whatever the map, such as its templates or its fonts, so that a
     * render started later finds it ready. Called while the map is still loading, on a thread of its own, and only as
     * a head start: the render reads anything not yet read itself, and reports what fails. Reads nothing by default.
     */
    default void prepare() {
    }
}
