package io.sdc.finance.monitoring;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a monitoring return stands, and where it may go from there. The trust's return is SUBMITTED (its figures
 * provisional); only the council VALIDATES it, or RETURNS it with a reason for the trust to send again. A later return
 * for the same period makes it SUPERSEDED: a resubmission of a returned one, or a correction (with a reason) of a
 * submitted or validated one; it then stays in history as it was.
 */
public enum MonitoringReturnStatus {
    SUBMITTED,
    VALIDATED,
    RETURNED,
    SUPERSEDED;

    public Set<MonitoringReturnStatus> next() {
        return switch (this) {
            case SUBMITTED -> EnumSet.of(VALIDATED, RETURNED, SUPERSEDED);
            case VALIDATED, RETURNED -> EnumSet.of(SUPERSEDED);
            case SUPERSEDED -> EnumSet.noneOf(MonitoringReturnStatus.class);
        };
    }

    /** Whether a new return for the period replacing one in this state corrects it, and so must say why. */
    public boolean supersessionIsCorrection() {
        return this == SUBMITTED || this == VALIDATED;
    }
}
