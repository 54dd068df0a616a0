package io.sdc.performance.observation.rest;

import io.sdc.performance.observation.ObservationStatus;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

@Schema(name = "Observation", description = "An indicator's value for a period as submitted; superseded ones stay in the history.")
public record ObservationView(UUID id, UUID contractId, String indicatorCode, String period, Long numerator, Long denominator,
                              BigDecimal value, ObservationStatus status, String commentary, String submittedBy,
                              Instant submittedAt, @Schema(description = "When a resubmission replaced it") Instant supersededAt) {
}
