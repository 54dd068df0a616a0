package io.sdc.performance.observation;

/** What a submission was to the figures before it for the same indicator and period. */
public enum SubmissionKind {
    /** The first figure for its indicator and period. */
    SUBMISSION,
    /** Supersedes a figure awaiting validation or one the council returned. */
    RESUBMISSION,
    /** Supersedes a validated figure: a correction of a locked period, with a reason, validated again. */
    CORRECTION
}
