package io.sdc.contract.changerequest.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

@Schema(name = "AgreementRequest", description = "Both parties' agreement in principle to a change.")
public record AgreementRequest(
        @NotNull @Schema(example = "2015-11-12") LocalDate agreedOn,
        @NotBlank @Size(max = 200) @Schema(description = "Who agreed for the council", example = "Director of People") String commissionerSignatory,
        @NotBlank @Size(max = 200) @Schema(description = "Who agreed for the trust", example = "Chief Executive of the Trust") String providerSignatory,
        @Pattern(regexp = "[0-9a-fA-F-]{36}", message = "must be a UUID")
        @Schema(description = "The annual contract review it was agreed at, if any") String annualReviewId,
        @Size(max = 2000) @Schema(example = "Agreed at the Annual Contract Review") String comment) {
}
