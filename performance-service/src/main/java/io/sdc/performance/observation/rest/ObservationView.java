package io.sdc.performance.observation.rest;

import io.sdc.performance.observation.SubmissionKind;
import io.sdc.platform.lifecycle.SubmissionStatus;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

@Schema(name = "Observation", description = "An indicator's value for a period as the trust submitted it, and where it stands: SUBMITTED "
        + "(provisional, awaiting the council's validation), VALIDATED (the figure of record; its period is locked), RETURNED (the "
        + "council sent it back with a reason) or SUPERSEDED (a later submission replaced it; it stays readable, with who "
        + "validated or returned it and when). Its version is its ETag.")
public record ObservationView(
        UUID id, UUID contractId, @Schema(example = "RE-REFERRALS") String indicatorCode, @Schema(example = "2015-Q3") String period,
        Long numerator, Long denominator, @Schema(example = "23.0") BigDecimal value, SubmissionStatus status,
        @Schema(description = "SUBMISSION (the first for its indicator and period), RESUBMISSION (over a pending or returned figure) "
                + "or CORRECTION (over a validated one)") SubmissionKind kind,
        String commentary, String submittedBy, Instant submittedAt,
        @Schema(description = "Why it superseded the figure before it: given with a correction or a resubmission over a pending figure")
        String submissionReason,
        @Schema(description = "The observation it superseded") UUID supersedes,
        @Schema(description = "The observation that superseded it") UUID supersededBy,
        @Schema(description = "When a later submission replaced it") Instant supersededAt,
        @Schema(description = "Who on the council validated it; kept after it is superseded") String validatedBy,
        Instant validatedAt,
        @Schema(description = "Who on the council returned it") String returnedBy,
        Instant returnedAt,
        @Schema(description = "Why the council returned it") String returnReason,
        @Schema(description = "Its version, as in the ETag", example = "1") long version) {
}
