package io.sdc.platform.lifecycle;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a figure the trust submits for the council to validate stands, and where it may go from there: one lifecycle
 * for every such figure (a monitoring return, an indicator's observation). The trust's submission is SUBMITTED, its
 * figures provisional; only the council VALIDATES it (the figure of record for its period, which it locks) or RETURNS
 * it with a reason for the trust to submit again; a later submission for the same period SUPERSEDES it, and it stays
 * in the history as it was. A VALIDATED figure is superseded only by a correction, which says why and is validated
 * again.
 */
public enum SubmissionStatus {
    /** Submitted by the trust and awaiting the council's validation: a provisional figure. */
    SUBMITTED,
    /** Validated by the council: the figure of record for its period, changed only by a correction with a reason. */
    VALIDATED,
    /** Returned by the council with a reason: the trust must submit it again. */
    RETURNED,
    /** Replaced by a later submission for the same period; it stays readable. */
    SUPERSEDED;

    public Set<SubmissionStatus> next() {
        return switch (this) {
            case SUBMITTED -> EnumSet.of(VALIDATED, RETURNED, SUPERSEDED);
            case VALIDATED, RETURNED -> EnumSet.of(SUPERSEDED);
            case SUPERSEDED -> EnumSet.noneOf(SubmissionStatus.class);
        };
    }

    /**
     * Whether a submission superseding one in this state corrects it, and so must say why: one awaiting validation, or
     * a validated one (a correction of a locked period). A returned one is submitted again because the council asked.
     */
    public boolean supersessionIsCorrection() {
        return this == SUBMITTED || this == VALIDATED;
    }
}
