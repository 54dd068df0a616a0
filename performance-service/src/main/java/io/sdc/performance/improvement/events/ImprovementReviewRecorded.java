package io.sdc.performance.improvement.events;

import io.sdc.performance.improvement.ImprovementReview;
import io.sdc.platform.events.DomainEvent;
import io.sdc.platform.events.EventData;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A monitoring visit or review of an improvement plan was recorded with its findings ({@value #TYPE}): its kind, title,
 * date, how many findings it has and how many recommendations they raised. No contract while the council holds the plan.
 */
@EventData(types = ImprovementReviewRecorded.TYPE)
public record ImprovementReviewRecorded(UUID id, UUID planId, UUID contractId, String kind, String title, LocalDate heldOn, int findings,
                                        int recommendationsRaised) implements DomainEvent {

    public static final String TYPE = "performance.improvement-review.recorded";

    public static ImprovementReviewRecorded of(ImprovementReview review) {
        return new ImprovementReviewRecorded(review.id(), review.planId(), review.contractId(), review.kind().name(), review.title(),
                review.heldOn(), review.findings().size(), review.recommendationsRaised());
    }
}
