package io.sdc.finance.monitoring;

/**
 * Whether a figure may be relied on: VALIDATED once the council validated the return it comes from, PROVISIONAL while
 * the trust's return awaits validation (or was returned to the trust).
 */
public enum FigureStatus {
    PROVISIONAL,
    VALIDATED;

    public static FigureStatus of(MonitoringReturn monitoringReturn) {
        return monitoringReturn.validated() ? VALIDATED : PROVISIONAL;
    }
}
