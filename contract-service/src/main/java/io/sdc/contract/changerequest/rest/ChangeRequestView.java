package io.sdc.contract.changerequest.rest;

import io.sdc.contract.changerequest.ChangeRequestStatus;
import io.sdc.contract.changerequest.ChangeRequestType;
import io.sdc.contract.changerequest.RaisingParty;
import io.sdc.platform.money.Money;
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
        @Schema(description = "Pounds, two decimal places", example = "-111000.00") Money financialImpact,
        boolean requiresStatutoryDirection,
        @Schema(description = "The further statutory direction, once recorded") String statutoryDirectionReference,
        ChangeRequestRequest.ServiceArea serviceArea,
        UUID basketVersionId,
        Budget budget,
        @Schema(description = "Both parties' agreement in principle, once given") Agreement agreement,
        @Schema(description = "The contract version its implementation made") Integer variationNumber,
        @Schema(description = "Set when a service could not apply the approved change (finance-service a budget variation, "
                + "performance-service a PI basket revision): which service, why, and when it was recorded. The change "
                + "request keeps its status; the refusal is also a step in its history.")
        ImplementationFailure implementationFailure,
        ChangeRequestStatus status,
        @Schema(description = "The statuses it may move to from here") List<ChangeRequestStatus> allowedSteps,
        @Schema(description = "Changes with every step; send it back as If-Match", example = "2") long version,
        @Schema(description = "Every step, oldest first") List<Step> steps) {

    @Schema(name = "ChangeRequestBudgetView", description = "For a budget variation: the year, line and amount.")
    public record Budget(@Schema(example = "2015/16") String financialYear, @Schema(example = "placements") String line,
                         @Schema(example = "348000.00") Money amount) {
    }

    @Schema(name = "ChangeRequestAgreement")
    public record Agreement(LocalDate agreedOn, String commissionerSignatory, String providerSignatory, UUID annualReviewId) {
    }

    @Schema(name = "ChangeRequestImplementationFailure",
            description = "A service's refusal to apply an approved change, and the reason it gave.")
    public record ImplementationFailure(
            @Schema(example = "finance-service") String service,
            @Schema(example = "finance-service has no budget for 2019/20 for this contract") String reason,
            Instant recordedAt) {
    }

    @Schema(name = "ChangeRequestStep", description = "One lifecycle step: from where to where, who, when, and their comment.")
    public record Step(ChangeRequestStatus from, ChangeRequestStatus to, String actor, String role, Instant at, String comment) {
    }
}
