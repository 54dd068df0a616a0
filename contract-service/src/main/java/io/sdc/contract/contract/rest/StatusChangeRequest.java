package io.sdc.contract.contract.rest;

import io.sdc.contract.contract.ContractStatus;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "StatusChangeRequest", description = "Moves a contract to another status.")
public record StatusChangeRequest(
        @NotNull @Schema(example = "ACTIVE") ContractStatus status,
        @Size(max = 2000) @Schema(example = "Services transferred to the Trust on commencement") String comment,
        @Size(max = 1000) @Schema(description = "Why: required to move a contract that is no longer a DRAFT (here or in the "
                + "Change-Reason header), kept in the audit history", example = "Suspended by Cabinet pending the DfE review")
        String reason) {
}
