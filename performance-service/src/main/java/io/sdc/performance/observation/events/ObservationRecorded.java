package io.sdc.performance.observation.events;

import io.sdc.performance.observation.Observation;
import io.sdc.platform.events.DomainEvent;
import io.sdc.platform.events.EventData;
import io.sdc.platform.lifecycle.SubmissionStatus;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** An observation was recorded ({@value #TYPE}); a resubmission supersedes the earlier one. The data is the observation. */
@EventData(types = ObservationRecorded.TYPE)
public record ObservationRecorded(UUID id, UUID contractId, String indicatorCode, String period, Long numerator, Long denominator,
                                  BigDecimal value, SubmissionStatus status, String commentary, String submittedBy,
                                  Instant submittedAt, Instant supersededAt) implements DomainEvent {

    public static final String TYPE = "performance.observation.recorded";

    public static ObservationRecorded of(Observation observation) {
        return new ObservationRecorded(observation.id(), observation.contractId(), observation.indicatorCode(), observation.period(),
                observation.numerator(), observation.denominator(), observation.value(), observation.status(),
                observation.commentary(), observation.submittedBy(), observation.submittedAt(), observation.supersededAt());
    }
}
