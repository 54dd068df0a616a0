package io.sdc.performance.inspection;

/** A regulator's judgement (Ofsted's four-point scale), worst first. */
public enum InspectionJudgement {
    INADEQUATE,
    REQUIRES_IMPROVEMENT,
    GOOD,
    OUTSTANDING;

    public boolean atLeast(InspectionJudgement other) {
        return compareTo(other) >= 0;
    }
}
