package io.sdc.performance.improvement;

/** What a review or monitoring visit found, in its letter's words: a strength, or an area for improvement. */
public enum FindingJudgement {
    STRENGTH,
    AREA_FOR_IMPROVEMENT
}
