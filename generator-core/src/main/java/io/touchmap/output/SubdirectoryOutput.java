package io.touchmap.output;

import java.io.IOException;
import java.io.OutputStream;

/** The files of one sub-directory of another output, such as one map's site inside a collection's. */
public final class SubdirectoryOutput implements ReportOutput {

    private final ReportOutput parent;
    private final String folder;

    /** The output of {@code folder}, a single safe path segment, inside {@code parent}. */
    public SubdirectoryOutput(ReportOutput parent, String folder) {
        if (ReportOutput.checked(folder).contains("/")) {
            throw new IllegalArgumentException("not a single folder name: '" + folder + "'");
        }
        this.parent = parent;
        this.folder = folder;
    }

    @Override
    public OutputStream create(String path) throws IOException {
        return parent.create(folder + "/" + ReportOutput.checked(path));
    }

    /** Closing a sub-directory leaves its parent open: the parent is closed by whoever opened it. */
    @Override
    public void close() {
    }
}
