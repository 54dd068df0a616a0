package io.sdc.finance.monitoring;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a monitoring return stands, and where it may go from there: CURRENT, the period's return, until a later
 * return for the same period makes it SUPERSEDED; it then stays in history.
 */
public enum MonitoringReturnStatus {
    CURRENT,
    SUPERSEDED;

    public Set<MonitoringReturnStatus> next() {
        return switch (this) {
            case CURRENT -> EnumSet.of(SUPERSEDED);
            case SUPERSEDED -> EnumSet.noneOf(MonitoringReturnStatus.class);
        };
    }
}
