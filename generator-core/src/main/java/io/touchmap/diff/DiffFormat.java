package io.touchmap.diff;

import io.touchmap.output.ReportOutput;
import io.touchmap.render.Written;
import java.io.IOException;

/**
 * One output format of a diff, such as Markdown for a pull-request comment: renders a {@link Comparison}, of one map
 * or of a collection, into a {@link ReportOutput} and says what it wrote. A new format is a class implementing this
 * interface plus its entry in the list of diff formats.
 */
public interface DiffFormat {

    /** The name that selects the format in the {@code diffFormats} parameter, in lower case, such as {@code markdown}. */
    String name();

    /** Renders {@code comparison} into {@code output}. */
    Written render(Comparison comparison, ReportOutput output) throws IOException;
}
