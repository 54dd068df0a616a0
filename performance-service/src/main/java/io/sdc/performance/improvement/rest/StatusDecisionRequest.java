package io.sdc.performance.improvement.rest;

import io.sdc.performance.improvement.RecommendationStatus;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

@Schema(name = "StatusDecisionRequest", description = "The improvement board's decision on a recommendation's status.")
public record StatusDecisionRequest(
        @NotNull @Schema(example = "MONITORED_BY_OTHER_BODY") RecommendationStatus status,
        @Size(max = 300) @Schema(description = "The accountable body: required for MONITORED_BY_OTHER_BODY, else absent",
                example = "Leeds Safeguarding Children Board") String monitoringBody,
        @Schema(description = "The board's date; default today", example = "2011-01-14") LocalDate decidedOn,
        @Size(max = 1000) @Schema(description = "Why: required (or the Change-Reason header)",
                example = "A subset of 1.1.1, monitored by the Safeguarding Children Board") String reason) {
}
