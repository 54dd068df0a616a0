package io.sdc.performance.observation.events;

import io.sdc.performance.observation.Observation;
import io.sdc.platform.events.DomainEvent;
import io.sdc.platform.events.EventData;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** The council returned an observation to the trust with a reason ({@value #TYPE}): the trust must resubmit it. */
@EventData(types = ObservationReturned.TYPE)
public record ObservationReturned(UUID id, UUID contractId, String indicatorCode, String period, BigDecimal value, Long numerator,
                                  Long denominator, String submittedBy, Instant submittedAt, String returnedBy, Instant returnedAt,
                                  String reason) implements DomainEvent {

    public static final String TYPE = "performance.observation.returned";

    public static ObservationReturned of(Observation observation) {
        return new ObservationReturned(observation.id(), observation.contractId(), observation.indicatorCode(), observation.period(),
                observation.value(), observation.numerator(), observation.denominator(), observation.submittedBy(),
                observation.submittedAt(), observation.returnedBy(), observation.returnedAt(), observation.returnReason());
    }
}
