package io.touchmap.load;

import io.touchmap.diagnostic.Diagnostic;
import io.touchmap.diagnostic.DiagnosticText;
import io.touchmap.diagnostic.Reporter;
import io.touchmap.diagnostic.Suggestions;
import io.touchmap.model.Location;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * A path written in a map file to another file of the map, such as a KPI's data file or a theme's logo: followed
 * through the map's source (so a git tree is read the same as a directory), and refused when it is absolute, leads
 * outside the map directory, or is a link that does.
 */
final class MapPath {

    /**
     * The cases that say why a path of one kind cannot be followed, and which files of the source could have been meant.
     */
    record Problems(DiagnosticText invalid, DiagnosticText absolute, DiagnosticText outside, DiagnosticText linkOutside,
            DiagnosticText unreadable, DiagnosticText missing, DiagnosticText guess, Predicate<String> candidate) {
    }

    /** A KPI's data file: any file that is not YAML could be one. */
    static final Problems DATA_FILE = new Problems(DiagnosticText.INVALID_PATH, DiagnosticText.ABSOLUTE_PATH,
            DiagnosticText.PATH_OUTSIDE, DiagnosticText.DATA_LINK_OUTSIDE, DiagnosticText.UNREADABLE_DATA_FILE,
            DiagnosticText.NO_DATA_FILE, DiagnosticText.DATA_FILE_GUESS,
            path -> !path.endsWith(".yaml") && !path.endsWith(".yml"));

    /** A theme's logo: a file named as a PNG or a JPEG could be one. */
    static final Problems LOGO = new Problems(DiagnosticText.LOGO_INVALID_PATH, DiagnosticText.LOGO_ABSOLUTE,
            DiagnosticText.LOGO_OUTSIDE, DiagnosticText.LOGO_LINK_OUTSIDE, DiagnosticText.UNREADABLE_LOGO,
            DiagnosticText.NO_LOGO, DiagnosticText.LOGO_GUESS,
            path -> path.toLowerCase(Locale.ROOT).matches(".*\\.(png|jpe?g)"));

    private MapPath() {
    }

    /** The source's file for {@code written}, or null after reporting at {@code at} why it cannot be read. */
    static SourceFile resolve(ReadContext context, String written, Location at, Problems problems) {
        Reporter out = context.reporter();
        Path mapDirectory = context.mapDirectory();
        Path relative;
        try {
            relative = Path.of(written);
        } catch (InvalidPathException e) {
            out.report(problems.invalid(), at, written);
            return null;
        }
        if (relative.isAbsolute() || written.startsWith("/") || written.startsWith("\\") || written.matches("^[A-Za-z]:.*")) {
            out.report(problems.absolute(), at, written);
            return null;
        }
        Path candidate = mapDirectory.resolve(relative).normalize();
        if (!candidate.startsWith(mapDirectory.normalize())) {
            out.report(problems.outside(), at, written);
            return null;
        }
        String path = mapDirectory.relativize(candidate).toString().replace('\\', '/');
        SourceFile file = context.source().file(path).orElse(null);
        SourceFile.Kind kind = file == null ? null : file.kind();
        if (kind == SourceFile.Kind.LINK_OUTSIDE) {
            out.report(problems.linkOutside(), at, written);
            return null;
        }
        if (kind == SourceFile.Kind.UNREADABLE) {
            out.report(problems.unreadable(), at, written, file.detail());
            return null;
        }
        if (kind != SourceFile.Kind.FILE) {
            Diagnostic missing = problems.missing().at(at, written);
            out.report(Suggestions.closest(path, candidates(context.source(), problems.candidate()))
                    .map(guess -> missing.withHint(problems.guess().hint(guess)))
                    .orElse(missing));
            return null;
        }
        return file;
    }

    /** The readable files of the source that {@code candidate} accepts. */
    private static List<String> candidates(MapSource source, Predicate<String> candidate) {
        return source.files().stream()
                .filter(f -> f.kind() == SourceFile.Kind.FILE)
                .map(SourceFile::path)
                .filter(candidate)
                .toList();
    }
}
