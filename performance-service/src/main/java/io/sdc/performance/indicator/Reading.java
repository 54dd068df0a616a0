package io.sdc.performance.indicator;

import java.math.BigDecimal;

/**
 * What an indicator makes of a submitted reading (numerator, denominator and value): the value to record, or why
 * the reading is refused and which of its fields is at fault (none when the reading as a whole is).
 */
public sealed interface Reading {

    record Accepted(BigDecimal value) implements Reading {
    }

    record Refused(String field, String reason) implements Reading {
    }
}
