package io.touchmap.render;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The paper the PDF's map is printed on, in landscape: the rest of the document stays A4 portrait. A3 by default, the
 * size a journey map is usually pinned to a wall at; A4, US tabloid (11 × 17 in) and US letter (8.5 × 11 in) for
 * other printers.
 */
public enum PageSize {

    A3("A3", 297 / 25.4f * 72, 420 / 25.4f * 72),
    A4("A4", 210 / 25.4f * 72, 297 / 25.4f * 72),
    TABLOID("tabloid", 11 * 72, 17 * 72),
    LETTER("letter", 8.5f * 72, 11 * 72);

    /** The size of the map page unless a build asks for another. */
    public static final PageSize DEFAULT = A3;

    private final String keyword;
    private final float shortSide;
    private final float longSide;

    PageSize(String keyword, float shortSide, float longSide) {
        this.keyword = keyword;
        this.shortSide = shortSide;
        this.longSide = longSide;
    }

    /** The name a build writes: {@code A3}, {@code A4}, {@code tabloid} or {@code letter}. */
    public String keyword() {
        return keyword;
    }

    /** The width of the page in landscape, in points (1/72 in). */
    public float landscapeWidth() {
        return longSide;
    }

    /** The height of the page in landscape, in points. */
    public float landscapeHeight() {
        return shortSide;
    }

    /** The names a build may write, in the order the documentation lists them. */
    public static List<String> keywords() {
        return Arrays.stream(values()).map(PageSize::keyword).toList();
    }

    /**
     * The page size named {@code name}, in any case ({@code a3}, {@code Tabloid}); {@link #DEFAULT} when it is null or
     * blank.
     *
     * @throws IllegalArgumentException naming the accepted values when {@code name} is none of them
     */
    public static PageSize parse(String name) {
        if (name == null || name.isBlank()) {
            return DEFAULT;
        }
        String wanted = name.strip().toLowerCase(Locale.ROOT);
        for (PageSize size : values()) {
            if (size.keyword.toLowerCase(Locale.ROOT).equals(wanted)) {
                return size;
            }
        }
        throw new IllegalArgumentException("unknown page size '" + name.strip() + "'; expected one of "
                + String.join(", ", keywords()) + " (in any case)");
    }
}
