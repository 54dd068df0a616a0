package io.sdc.performance.basket;

import io.sdc.performance.indicator.Polarity;

import java.math.BigDecimal;

/**
 * The rules that judge one indicator's value: RAG against target and tolerance, direction of travel against an
 * earlier value, small-number suppression. Polarity decides which way is better; a value exactly on the target is
 * green, exactly on the tolerance limit amber.
 */
public final class Judgement {

    private Judgement() {
    }

    /** The worst value still within tolerance. */
    public static BigDecimal toleranceLimit(Polarity polarity, BigDecimal target, ToleranceKind kind, BigDecimal tolerance) {
        if (kind == ToleranceKind.THRESHOLD) {
            return tolerance;
        }
        return polarity == Polarity.LOWER_IS_BETTER ? target.add(tolerance) : target.subtract(tolerance);
    }

    public static Rag rag(Polarity polarity, BigDecimal value, Integer denominator, Integer minimumDenominator,
                          BigDecimal target, ToleranceKind kind, BigDecimal tolerance) {
        if (value == null) {
            return Rag.NO_DATA;
        }
        if (suppressed(denominator, minimumDenominator)) {
            return Rag.SUPPRESSED;
        }
        if (polarity.atLeastAsGood(value, target)) {
            return Rag.GREEN;
        }
        return polarity.atLeastAsGood(value, toleranceLimit(polarity, target, kind, tolerance)) ? Rag.AMBER : Rag.RED;
    }

    public static boolean suppressed(Integer denominator, Integer minimumDenominator) {
        return denominator != null && minimumDenominator != null && denominator < minimumDenominator;
    }

    public static Direction direction(Polarity polarity, BigDecimal value, BigDecimal earlier) {
        if (value == null || earlier == null) {
            return Direction.NOT_COMPARABLE;
        }
        if (value.compareTo(earlier) == 0) {
            return Direction.STABLE;
        }
        return polarity.better(value, earlier) ? Direction.IMPROVING : Direction.DECLINING;
    }
}
