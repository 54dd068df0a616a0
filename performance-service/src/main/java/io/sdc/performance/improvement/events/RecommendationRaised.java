package io.sdc.performance.improvement.events;

import io.sdc.performance.improvement.Recommendation;
import io.sdc.performance.improvement.RecommendationStatus;
import io.sdc.performance.improvement.SourceKind;
import io.sdc.platform.events.DomainEvent;
import io.sdc.platform.events.EventData;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A recommendation was raised in an improvement plan ({@value #TYPE}): its number, text, theme, source and indicators. */
@EventData(types = RecommendationRaised.TYPE)
public record RecommendationRaised(UUID id, UUID planId, UUID contractId, String number, String text, String theme,
                                   SourceKind sourceKind, String sourceTitle, LocalDate sourceDate, UUID inspectionId,
                                   List<String> indicatorCodes, RecommendationStatus status) implements DomainEvent {

    public static final String TYPE = "performance.recommendation.raised";

    public static RecommendationRaised of(Recommendation recommendation) {
        return new RecommendationRaised(recommendation.id(), recommendation.planId(), recommendation.contractId(), recommendation.number(),
                recommendation.text(), recommendation.theme(), recommendation.source().kind(), recommendation.source().title(),
                recommendation.source().date(), recommendation.source().inspectionId(), recommendation.indicatorCodes(),
                recommendation.status());
    }
}
