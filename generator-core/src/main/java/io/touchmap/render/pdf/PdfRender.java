package io.touchmap.render.pdf;

import java.util.List;

/**
 * What a PDF render produced: the file name, the number of pages, and warnings for the caller to log (text that
 * the embedded font cannot print, one warning per touchpoint or section).
 */
public record PdfRender(String fileName, int pages, List<String> warnings) {

    public PdfRender {
        warnings = List.copyOf(warnings);
    }
}
