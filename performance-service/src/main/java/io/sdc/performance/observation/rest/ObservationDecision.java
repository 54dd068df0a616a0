package io.sdc.performance.observation.rest;

import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ObservationDecision", description = "The council's word on a figure: why it returns it (required), or a note on "
        + "validating it (optional). Either is kept in the audit history; the Change-Reason header is taken when it is absent.")
public record ObservationDecision(
        @Size(max = 1000) @Schema(example = "The denominator leaves out the children referred by the police in September")
        String reason) {
}
