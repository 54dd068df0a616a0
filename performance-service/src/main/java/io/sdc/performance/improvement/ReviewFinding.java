package io.sdc.performance.improvement;

import java.util.UUID;

/**
 * One finding of a review, in the order its letter gives them: the text, what it judges (a strength or an area for
 * improvement), and the recommendation of the plan it maps to: an existing one it evidences, or one it raised.
 */
public record ReviewFinding(String text, FindingJudgement judgement, UUID recommendationId, boolean raised) {
}
