package io.touchmap.report;

import io.touchmap.diff.DiffFormat;
import io.touchmap.diff.HtmlDiffFormat;
import io.touchmap.diff.JsonDiffFormat;
import io.touchmap.diff.MarkdownDiffFormat;
import io.touchmap.render.MapFormat;
import io.touchmap.render.html.HtmlFormat;
import io.touchmap.render.mermaid.MermaidFormat;
import io.touchmap.render.pdf.PdfFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;

/**
 * The formats Touchmap can write, by name: those of a map and those of a diff, in the order they are written, and the
 * one a project site shows. A format is registered by adding it to a list here; {@link #with(MapFormat)} registers one
 * more without touching this class.
 *
 * <pre>{@code
 * List<MapFormat> chosen = Formats.DEFAULT.mapFormats(List.of("html,pdf"));
 * }</pre>
 *
 * @param map the formats of a map, in the order they are written
 * @param diff the formats of a diff, in the order they are written
 * @param site the map format a project site shows, one of {@code map}
 */
public record Formats(List<MapFormat> map, List<DiffFormat> diff, MapFormat site) {

    private static final MapFormat HTML = new HtmlFormat();

    /**
     * Every format Touchmap has: {@code html}, {@code pdf} and {@code mermaid} for a map, {@code markdown}, {@code html}
     * and {@code json} for a diff.
     */
    public static final Formats DEFAULT = new Formats(List.of(HTML, new PdfFormat(), new MermaidFormat()),
            List.of(new MarkdownDiffFormat(), new HtmlDiffFormat(), new JsonDiffFormat()), HTML);

    public Formats {
        map = List.copyOf(map);
        diff = List.copyOf(diff);
        Objects.requireNonNull(site, "site");
        if (!map.contains(site)) {
            throw new IllegalArgumentException("the site's format must be one of the map formats");
        }
    }

    /** These formats and {@code format}, written after the others. */
    public Formats with(MapFormat format) {
        List<MapFormat> more = new ArrayList<>(map);
        more.add(format);
        return new Formats(more, diff, site);
    }

    /** These formats and the diff format {@code format}, written after the others. */
    public Formats with(DiffFormat format) {
        List<DiffFormat> more = new ArrayList<>(diff);
        more.add(format);
        return new Formats(map, more, site);
    }

    /**
     * The map formats named in {@code names}, each entry one name or several separated by commas, such as
     * {@code html,pdf}, in any case; in the order of {@link #map()}, each once. Blank entries are ignored.
     *
     * @throws IllegalArgumentException naming an unknown format and the known ones
     */
    public List<MapFormat> mapFormats(List<String> names) {
        return chosen(names, map, MapFormat::name, "format");
    }

    /** The diff formats named in {@code names}, as {@link #mapFormats(List)} reads them. */
    public List<DiffFormat> diffFormats(List<String> names) {
        return chosen(names, diff, DiffFormat::name, "diff format");
    }

    private static <F> List<F> chosen(List<String> names, List<F> known, Function<F, String> nameOf, String noun) {
        List<String> asked = new ArrayList<>();
        for (String name : names) {
            if (name == null) {
                continue;
            }
            for (String part : name.split(",")) {
                if (part.isBlank()) {
                    continue;
                }
                String wanted = part.strip().toLowerCase(Locale.ROOT);
                if (known.stream().noneMatch(format -> nameOf.apply(format).equals(wanted))) {
                    throw new IllegalArgumentException("unknown " + noun + " '" + part.strip() + "'; expected "
                            + expected(known.stream().map(nameOf).toList()));
                }
                asked.add(wanted);
            }
        }
        return known.stream().filter(format -> asked.contains(nameOf.apply(format))).toList();
    }

    /** {@code html or pdf}, {@code markdown, html or json}. */
    private static String expected(List<String> names) {
        if (names.size() == 1) {
            return names.get(0);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " or " + names.get(names.size() - 1);
    }
}
