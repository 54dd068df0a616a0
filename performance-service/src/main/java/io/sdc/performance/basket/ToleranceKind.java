package io.sdc.performance.basket;

/**
 * How a council states tolerance: as a threshold level (target 45%, tolerance 40%) or as a margin around the
 * target (target 45%, tolerance 5 points).
 */
public enum ToleranceKind {
    THRESHOLD,
    MARGIN
}
