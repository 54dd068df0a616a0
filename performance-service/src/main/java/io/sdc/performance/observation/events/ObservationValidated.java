package io.sdc.performance.observation.events;

import io.sdc.performance.observation.Observation;
import io.sdc.performance.observation.SubmissionKind;
import io.sdc.platform.events.DomainEvent;
import io.sdc.platform.events.EventData;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * The council validated an observation ({@value #TYPE}): the trust's figure for the indicator and period is the figure
 * of record, its period locked. {@code kind} CORRECTION with {@code supersedes} says it replaced a figure validated before.
 */
@EventData(types = ObservationValidated.TYPE)
public record ObservationValidated(UUID id, UUID contractId, String indicatorCode, String period, BigDecimal value, Long numerator,
                                   Long denominator, SubmissionKind kind, UUID supersedes, String submittedBy, Instant submittedAt,
                                   String validatedBy, Instant validatedAt) implements DomainEvent {

    public static final String TYPE = "performance.observation.validated";

    public static ObservationValidated of(Observation observation) {
        return new ObservationValidated(observation.id(), observation.contractId(), observation.indicatorCode(), observation.period(),
                observation.value(), observation.numerator(), observation.denominator(), observation.kind(), observation.supersedes(),
                observation.submittedBy(), observation.submittedAt(), observation.validatedBy(), observation.validatedAt());
    }
}
