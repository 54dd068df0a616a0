package io.sdc.performance.improvement.events;

import io.sdc.performance.improvement.Recommendation;
import io.sdc.performance.improvement.RecommendationStatus;
import io.sdc.performance.improvement.StatusDecision;
import io.sdc.platform.events.DomainEvent;
import io.sdc.platform.events.EventData;

import java.time.LocalDate;
import java.util.UUID;

/**
 * The improvement board decided a recommendation's status ({@value #TYPE}): from and to, the accountable body named
 * when another body is to monitor it, why, on which date and who recorded it.
 */
@EventData(types = RecommendationStatusDecided.TYPE)
public record RecommendationStatusDecided(UUID id, UUID planId, UUID contractId, String number, String theme,
                                          RecommendationStatus from, RecommendationStatus status, String monitoringBody,
                                          String reason, LocalDate decidedOn, String decidedBy) implements DomainEvent {

    public static final String TYPE = "performance.recommendation.status-decided";

    public static RecommendationStatusDecided of(Recommendation recommendation) {
        StatusDecision decision = recommendation.decisions().get(recommendation.decisions().size() - 1);
        return new RecommendationStatusDecided(recommendation.id(), recommendation.planId(), recommendation.contractId(),
                recommendation.number(), recommendation.theme(), decision.from(), decision.to(), decision.monitoringBody(),
                decision.reason(), decision.decidedOn(), decision.decidedBy());
    }
}
