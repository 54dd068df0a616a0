package io.sdc.performance.indicator;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** What an indicator's value measures, and how it is computed from a numerator and a denominator. */
public enum Unit {
    PERCENT(new BigDecimal("100")),
    RATE_PER_10000(new BigDecimal("10000")),
    COUNT(null),
    DAYS(null);

    private final BigDecimal scale;

    Unit(BigDecimal scale) {
        this.scale = scale;
    }

    /** Whether the value follows from numerator and denominator (a percentage or a rate). */
    public boolean computed() {
        return scale != null;
    }

    /** The value of numerator over denominator, to one decimal place, half up. */
    public BigDecimal valueOf(long numerator, long denominator) {
        return BigDecimal.valueOf(numerator).multiply(scale).divide(BigDecimal.valueOf(denominator), 1, RoundingMode.HALF_UP);
    }
}
