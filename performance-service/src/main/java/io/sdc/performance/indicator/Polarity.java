package io.sdc.performance.indicator;

/** Which way is better for an indicator. */
public enum Polarity {
    /** E.g. the re-referral rate: less is better. */
    LOWER_IS_BETTER,
    /** E.g. care leavers in education, employment or training: more is better. */
    HIGHER_IS_BETTER;

    /** Whether {@code candidate} is better than {@code reference} for this polarity (strictly). */
    public boolean better(java.math.BigDecimal candidate, java.math.BigDecimal reference) {
        int comparison = candidate.compareTo(reference);
        return this == LOWER_IS_BETTER ? comparison < 0 : comparison > 0;
    }

    /** Whether {@code candidate} is at least as good as {@code reference}. */
    public boolean atLeastAsGood(java.math.BigDecimal candidate, java.math.BigDecimal reference) {
        return candidate.compareTo(reference) == 0 || better(candidate, reference);
    }
}
