package io.sdc.performance.improvement;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where an improvement action stands, and where it may go from there: its owner reports it NOT_STARTED, ON_TRACK or
 * AT_RISK; the daily check makes it OVERDUE once its due date has passed; the council's confirmation makes it COMPLETE
 * (final). An overdue action stays overdue until the council re-plans it to a due date not yet passed (back ON_TRACK,
 * the reason kept in its re-plans) or confirms it complete; its owner's progress reports never clear it.
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
            case OVERDUE -> EnumSet.of(ON_TRACK, COMPLETE);
            case COMPLETE -> EnumSet.noneOf(ActionStatus.class);
        };
    }

    /**
     * The steps an owner's progress report may take: those of {@link #next()}, except OVERDUE → ON_TRACK, which only
     * the council's re-plan of the due date takes.
     */
    public Set<ActionStatus> nextOnProgress() {
        return this == OVERDUE ? EnumSet.of(COMPLETE) : next();
    }

    /** The statuses an owner reports with its progress; OVERDUE and COMPLETE are decided by the check and the council. */
    public boolean reportedByOwner() {
        return this == NOT_STARTED || this == ON_TRACK || this == AT_RISK;
    }
}
