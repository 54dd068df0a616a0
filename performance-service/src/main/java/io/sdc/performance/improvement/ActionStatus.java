package io.sdc.performance.improvement;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where an improvement action stands, and where it may go from there: its owner reports it NOT_STARTED, ON_TRACK or
 * AT_RISK; the daily check makes it OVERDUE once its due date has passed; the council's confirmation makes it COMPLETE
 * (final). An overdue action stays overdue until the council confirms it complete.
 */
public enum ActionStatus {
    NOT_STARTED,
    ON_TRACK,
    AT_RISK,
    OVERDUE,
    COMPLETE;

    public Set<ActionStatus> next() {
        return switch (this) {
            case NOT_STARTED -> EnumSet.of(ON_TRACK, AT_RISK, OVERDUE, COMPLETE);
            case ON_TRACK -> EnumSet.of(AT_RISK, OVERDUE, COMPLETE);
            case AT_RISK -> EnumSet.of(ON_TRACK, OVERDUE, COMPLETE);
            case OVERDUE -> EnumSet.of(COMPLETE);
            case COMPLETE -> EnumSet.noneOf(ActionStatus.class);
        };
    }

    /** The statuses an owner reports with its progress; OVERDUE and COMPLETE are decided by the check and the council. */
    public boolean reportedByOwner() {
        return this == NOT_STARTED || this == ON_TRACK || this == AT_RISK;
    }
}
