package io.sdc.performance.basket;

/** How an indicator stands against its target and tolerance. */
public enum Rag {
    /** At or better than the target. */
    GREEN,
    /** Worse than the target but within tolerance. */
    AMBER,
    /** Beyond tolerance. */
    RED,
    /** No observation for the period. */
    NO_DATA,
    /** The denominator is below the indicator's minimum: too small a number to judge. */
    SUPPRESSED
}
