package io.sdc.performance.improvement.rest;

import io.sdc.performance.improvement.ActionStatus;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.UUID;

@Schema(name = "ProgressRequest", description = "The owner's report on an action.")
public record ProgressRequest(
        @NotBlank @Size(max = 4000) @Schema(example = "January's audit of 40 case records done; 85% met the standard") String commentary,
        @Schema(description = "NOT_STARTED, ON_TRACK or AT_RISK; absent leaves the status as it is", example = "ON_TRACK") ActionStatus status,
        @Size(max = 20) @Schema(description = "Links to the evidence", example = "[\"https://trust.example/qa/case-audit-2016-01.pdf\"]")
        List<@NotBlank @Size(max = 1000) String> evidence,
        @Size(max = 20) @Schema(description = "Evidence files uploaded for this action (POST /api/v1/improvement-actions/{id}/evidence) "
                + "that the update cites, by id", example = "[\"5f0c6f5e-8a3b-4a56-9a4f-0b1f2c3d4e5f\"]")
        List<@jakarta.validation.constraints.NotNull UUID> evidenceFiles) {
}
