package io.touchmap.internal.fields;

/**
 * What a field of the map format holds. It decides how the schema describes the field and how two versions of an
 * element are compared; the reader reads each kind with its own method.
 */
public enum ValueKind {
    /** The element's own id (or the map's), matching {@code ^[a-z0-9][a-z0-9-]{0,62}$}. */
    ID,
    /** The id of another element of the map, such as the stage a touchpoint belongs to. */
    REFERENCE,
    /** A list of ids of other elements, such as the personas a touchpoint serves. */
    REFERENCES,
    /** Free text. */
    TEXT,
    /** A list of texts. */
    TEXTS,
    /** One keyword of a closed set, such as a phase; the field names the {@code Keyword} type. */
    KEYWORD,
    /** A whole number within a range, such as a score from 1 to 5. */
    INTEGER,
    /** A decimal number, such as a KPI target. */
    NUMBER,
    /** A day, written YYYY-MM-DD. */
    DATE,
    /** The period a KPI value was measured for. */
    PERIOD,
    /** The path of a file inside the map directory. */
    PATH,
    /** One element of another kind, nested under the key, such as a touchpoint's elements. */
    ELEMENT,
    /** A list of elements of another kind, such as a touchpoint's KPIs. */
    ELEMENTS,
    /** A whole number per stage id: the importance of a component of the value proposition. */
    SCORES_BY_STAGE,
    /** A severity per diagnostic code: the map's rules. */
    SEVERITIES,
    /** A colour, written {@code #rrggbb} or {@code #rgb}. */
    COLOUR
}
