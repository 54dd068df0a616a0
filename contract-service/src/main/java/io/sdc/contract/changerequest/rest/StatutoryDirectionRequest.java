package io.sdc.contract.changerequest.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "StatutoryDirectionRequest", description = "The further statutory direction a change needs before approval.")
public record StatutoryDirectionRequest(
        @NotBlank @Size(max = 200) @Schema(example = "DfE further direction, 2016 (CWD transfer)") String reference,
        @Size(max = 2000) @Schema(example = "Issued by the Secretary of State") String comment) {
}
