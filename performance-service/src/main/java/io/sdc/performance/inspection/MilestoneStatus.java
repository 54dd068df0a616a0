package io.sdc.performance.inspection;

public enum MilestoneStatus {
    /** Not yet met, and its date has not passed. */
    ON_TRACK,
    /** An inspection on or before its date reached the target judgement. */
    MET,
    /** Its date passed without an inspection reaching the target judgement. */
    MISSED
}
