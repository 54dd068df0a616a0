package io.sdc.performance.improvement.rest;

import io.sdc.performance.improvement.ActionStatus;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(name = "ProgressRequest", description = "The owner's report on an action.")
public record ProgressRequest(
        @NotBlank @Size(max = 4000) @Schema(example = "January's audit of 40 case records done; 85% met the standard") String commentary,
        @Schema(description = "NOT_STARTED, ON_TRACK or AT_RISK; absent leaves the status as it is", example = "ON_TRACK") ActionStatus status,
        @Size(max = 20) @Schema(description = "Links to the evidence", example = "[\"https://trust.example/qa/case-audit-2016-01.pdf\"]")
        List<@NotBlank @Size(max = 1000) String> evidence) {
}
