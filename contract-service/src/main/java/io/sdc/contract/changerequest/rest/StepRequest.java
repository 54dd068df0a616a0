package io.sdc.contract.changerequest.rest;

import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "StepRequest", description = "A comment on a lifecycle step, and the reason for it, both kept with the step; "
        + "the reason is also kept in the audit history. Rejecting and withdrawing need a reason (here or in the Change-Reason header).")
public record StepRequest(
        @Size(max = 2000) @Schema(example = "Decided at Cabinet, 10 February 2016") String comment,
        @Size(max = 1000) @Schema(description = "Why the step is taken; required to reject or withdraw",
                example = "The placement pressure was met within the year") String reason) {
}
