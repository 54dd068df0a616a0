package io.sdc.performance.improvement;

import java.util.List;
import java.util.UUID;

/**
 * A finding as recorded: its text and judgement, and EITHER the id of an existing recommendation of the plan it
 * evidences OR the new recommendation it raises.
 */
public record FindingDraft(String text, FindingJudgement judgement, UUID recommendationId, NewRecommendation raises) {

    /** A recommendation a finding raises: its number as the review gives it, text, theme of the plan and indicators. */
    public record NewRecommendation(String number, String text, String theme, List<String> indicatorCodes) {
    }
}
