package io.sdc.performance.basket;

/** How a value moved against an earlier one, honouring the indicator's polarity. */
public enum Direction {
    IMPROVING,
    STABLE,
    DECLINING,
    /** Nothing to compare with: no earlier value, or this one is missing or suppressed. */
    NOT_COMPARABLE
}
