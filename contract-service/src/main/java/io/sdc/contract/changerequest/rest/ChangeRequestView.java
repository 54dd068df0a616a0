package io.sdc.contract.changerequest.rest;

import io.sdc.contract.changerequest.ChangeRequestStatus;
import io.sdc.contract.changerequest.ChangeRequestType;
import io.sdc.contract.changerequest.RaisingParty;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

@Schema(name = "ChangeRequest", description = "A notifiable change request, where it stands, and every step it has taken.")
public record ChangeRequestView(
        UUID id,
        UUID contractId,
        @Schema(description = "Its reference within the contract", example = "NCR-1") String reference,
        ChangeRequestType type,
        RaisingParty raisedBy,
        String title,
        String rationale,
        @Schema(example = "2016-04-01") LocalDate effectiveDate,
        @Schema(description = "Pounds, two decimal places", example = "-111000.00") String financialImpact,
        boolean requiresStatutoryDirection,
        @Schema(description = "The further statutory direction, once recorded") String statutoryDirectionReference,
        ChangeRequestRequest.ServiceArea serviceArea,
        UUID basketVersionId,
        ChangeRequestRequest.Budget budget,
        @Schema(description = "Both parties' agreement in principle, once given") Agreement agreement,
        @Schema(description = "The contract version its implementation made") Integer variationNumber,
        ChangeRequestStatus status,
        @Schema(description = "The statuses it may move to from here") List<ChangeRequestStatus> allowedSteps,
        @Schema(description = "Changes with every step; send it back as If-Match", example = "2") long version,
        @Schema(description = "Every step, oldest first") List<Step> steps) {

    @Schema(name = "ChangeRequestAgreement")
    public record Agreement(LocalDate agreedOn, String commissionerSignatory, String providerSignatory, UUID annualReviewId) {
    }

    @Schema(name = "ChangeRequestStep", description = "One lifecycle step: from where to where, who, when, and their comment.")
    public record Step(ChangeRequestStatus from, ChangeRequestStatus to, String actor, String role, Instant at, String comment) {
    }
}
