package io.sdc.performance.indicator;

/** How often an indicator is reported. */
public enum Frequency {
    MONTHLY,
    QUARTERLY,
    ANNUAL
}
