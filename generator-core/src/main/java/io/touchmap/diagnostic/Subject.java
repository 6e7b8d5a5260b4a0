package io.touchmap.diagnostic;

/**
 * What a diagnostic is about, such as {@code touchpoint 'checkout'} or {@code 'target' of KPI 'nps'}, in no language
 * yet: the {@code diag.subject.*} labels, given to a case's message as a value and written in the message's language.
 *
 * <p>A kind of element (the JSON Schema's name for it, such as {@code touchpoint} or {@code kpi}) is named with its id,
 * or as "a touchpoint" when it has no valid id, or by its bare noun.
 */
public final class Subject {

    private Subject() {
    }

    /** The subject under {@code diag.subject.<key>}, filled with {@code arguments}. */
    public static Words of(String key, Object... arguments) {
        return new Words("diag.subject." + key, arguments);
    }

    /** {@code touchpoint 'checkout'}, or {@code a touchpoint} when {@code id} is null. */
    public static Words named(String kind, String id) {
        return id == null ? of(kind + ".any") : of(kind, id);
    }

    /** The bare noun of a kind, such as {@code stage}, or of a keyword's type, such as {@code touchpoint status}. */
    public static Words noun(String kind) {
        return of(kind + ".noun");
    }

    /** {@code 'key' of subject}. */
    public static Words field(String key, Object subject) {
        return of("fieldOf", key, subject);
    }

    /** {@code an entry of 'key' in subject}. */
    public static Words entry(String key, Object subject) {
        return of("entryOf", key, subject);
    }
}
