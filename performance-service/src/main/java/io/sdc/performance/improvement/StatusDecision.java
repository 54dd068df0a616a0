package io.sdc.performance.improvement;

import java.time.LocalDate;

/** One decision of the board on a recommendation's status: from and to, the body named, why, on which date and by whom. */
public record StatusDecision(RecommendationStatus from, RecommendationStatus to, String monitoringBody, String reason,
                             LocalDate decidedOn, String decidedBy) {
}
