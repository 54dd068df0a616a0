package io.sdc.contract.changerequest.rest;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import io.sdc.platform.rest.UuidParams;

@Schema(name = "SignatureRequest", description = "The caller's signature of a submitted change request, for their own party. "
        + "Who signs is not part of it: the signature is recorded under the caller's own identity (the token's principal) "
        + "and platform role, and for the party that role acts for (commissioner: COUNCIL; trust-performance or "
        + "trust-finance: TRUST).")
public record SignatureRequest(
        @Size(max = 200) @Schema(description = "The signatory's position, if they give it", example = "Director of People")
        String position,
        @Size(max = 2000) @Schema(description = "What the signatory says with it", example = "Agreed in principle at the Annual Contract Review")
        String comment,
        @Pattern(regexp = UuidParams.PATTERN, message = "must be a UUID")
        @Schema(description = "The annual contract review of the same contract it is signed at, if any; both parties' signatures "
                + "name the same review or none", example = "3f1c2e4a-8b7d-4c1e-9a2b-5d6e7f809a1b")
        String annualReviewId,
        @Schema(description = "The business date of the signature, e.g. the day of the review; not after today. Default: today (UK)",
                example = "2015-12-09")
        LocalDate signedOn) {
}
