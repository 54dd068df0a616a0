package io.sdc.performance.inspection;

/** The judgement of one area of an inspection, e.g. "Adoption performance: Good". */
public record AreaJudgement(String area, InspectionJudgement judgement) {
}
