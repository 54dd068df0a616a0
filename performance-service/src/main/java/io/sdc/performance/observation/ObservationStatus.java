package io.sdc.performance.observation;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where an observation stands, and where it may go from there: the trust submits it (SUBMITTED, provisional); the
 * council validates it (VALIDATED, its period locked) or returns it with a reason (RETURNED, the trust resubmits); a
 * later submission for the same indicator and period supersedes it (SUPERSEDED, kept in the history). A VALIDATED
 * figure is superseded only by a correction, which gives a reason and goes through validation again.
 */
public enum ObservationStatus {
    /** Submitted by the trust and awaiting the council's validation: a provisional figure. */
    SUBMITTED,
    /** Validated by the council: the figure of record for its period, changed only by a correction with a reason. */
    VALIDATED,
    /** Returned by the council with a reason: the trust must resubmit. */
    RETURNED,
    /** Replaced by a later submission for the same indicator and period; it stays readable. */
    SUPERSEDED;

    public Set<ObservationStatus> next() {
        return switch (this) {
            case SUBMITTED -> EnumSet.of(VALIDATED, RETURNED, SUPERSEDED);
            case VALIDATED, RETURNED -> EnumSet.of(SUPERSEDED);
            case SUPERSEDED -> EnumSet.noneOf(ObservationStatus.class);
        };
    }

    /**
     * Whether a submission superseding a figure in this state must give a reason: a figure awaiting validation, or a
     * validated one (a correction of a locked period). A returned figure is resubmitted because the council asked.
     */
    public boolean needsReasonToSupersede() {
        return this == SUBMITTED || this == VALIDATED;
    }
}
