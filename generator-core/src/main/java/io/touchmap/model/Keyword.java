package io.touchmap.model;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** A closed set of values written in YAML as lower-case keywords, such as {@code before-purchase}. */
public interface Keyword {

    /** The word as written in YAML. */
    String keyword();

    /** The constant of {@code type} written as {@code text}, if any. */
    static <E extends Enum<E> & Keyword> Optional<E> parse(Class<E> type, String text) {
        return Arrays.stream(type.getEnumConstants()).filter(e -> e.keyword().equals(text)).findFirst();
    }

    /** Every keyword of {@code type}, in declaration order. */
    static <E extends Enum<E> & Keyword> List<String> keywords(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(Keyword::keyword).toList();
    }
}
