package io.sdc.performance.improvement.rest;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.UUID;

@Schema(name = "ImprovementPlanContractRequest", description = "The contract a council's improvement plan passes to when the trust's contract starts.")
public record PlanContractRequest(
        @NotNull @Schema(description = "The trust's contract") UUID contractId,
        @Size(max = 1000) @Schema(description = "Why: required (or the Change-Reason header)",
                example = "The trust's contract commenced on 1 October 2014: its plan passes to it") String reason) {
}
