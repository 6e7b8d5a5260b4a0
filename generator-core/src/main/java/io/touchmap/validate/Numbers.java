package io.touchmap.validate;

import java.math.BigDecimal;

/** Prints numbers the way people wrote them: {@code 5}, not {@code 5.0}. */
final class Numbers {

    private Numbers() {
    }

    static String format(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
