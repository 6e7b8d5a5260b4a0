package io.touchmap.model;

/**
 * An element of the map with an id and, usually, a name: reports show it by its name, else by its id.
 *
 * <p>The rule lives here, once, so that the site, the PDF, the charts and the diff always show an element under the
 * same words.
 */
public interface Named {

    /** The element's id, as written in the map. */
    String id();

    /** The element's name, or null when the map gives none. */
    String name();

    /** What reports call the element: its {@linkplain #name() name}, else (missing or blank) its {@linkplain #id() id}. */
    default String displayName() {
        return displayName(name(), id());
    }

    /** {@code name}, else (null or blank) {@code id}: the rule of {@link #displayName()} for a name held apart. */
    static String displayName(String name, String id) {
        return name == null || name.isBlank() ? id : name;
    }
}
