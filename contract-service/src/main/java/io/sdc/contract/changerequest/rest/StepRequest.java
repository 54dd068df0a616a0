package io.sdc.contract.changerequest.rest;

import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "StepRequest", description = "A comment on a lifecycle step, kept with it.")
public record StepRequest(
        @Size(max = 2000) @Schema(example = "Decided at Cabinet, 10 February 2016") String comment) {
}
