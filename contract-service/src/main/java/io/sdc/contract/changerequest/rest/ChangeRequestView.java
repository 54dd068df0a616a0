package io.sdc.contract.changerequest.rest;

import io.sdc.contract.changerequest.ChangeRequestStatus;
import io.sdc.contract.changerequest.ChangeRequestType;
import io.sdc.contract.changerequest.RaisingParty;
import io.sdc.contract.contract.ContractParty;
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
        @Schema(description = "Both parties' agreement in principle, once both have signed: the signatories' names come from the "
                + "signatures") Agreement agreement,
        @Schema(description = "The parties' signatures, oldest first: each party signs once, under its signatory's own identity")
        List<Signature> signatures,
        @Schema(description = "While SUBMITTED, the parties whose signature is still awaited (COUNCIL, TRUST); empty in any other status. "
                + "Once neither is awaited the change request is AGREED_IN_PRINCIPLE")
        List<ContractParty> awaitingParties,
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

    @Schema(name = "ChangeRequestAgreement", description = "Both parties' agreement in principle, taken from their signatures.")
    public record Agreement(
            @Schema(description = "The later of the two signatures' dates", example = "2015-12-09") LocalDate agreedOn,
            @Schema(description = "Who signed for the council", example = "d.allen") String commissionerSignatory,
            @Schema(description = "Who signed for the trust", example = "p.moffat") String providerSignatory,
            @Schema(description = "The annual contract review it was signed at, if any") UUID annualReviewId) {
    }

    @Schema(name = "ChangeRequestSignature", description = "One party's signature: who signed for it, in which platform role and "
            + "position, when, and what they said.")
    public record Signature(
            @Schema(example = "COUNCIL") ContractParty party,
            @Schema(description = "The signatory: the principal of the token they signed with", example = "d.allen") String name,
            @Schema(description = "The platform role they signed in", example = "commissioner") String role,
            @Schema(example = "Director of People") String position,
            @Schema(description = "When they signed (UTC)") Instant signedAt,
            @Schema(description = "The business date of the signature", example = "2015-12-09") LocalDate signedOn,
            @Schema(example = "Agreed in principle at the Annual Contract Review") String comment) {
    }

    @Schema(name = "ChangeRequestImplementationFailure",
            description = "A service's refusal to apply an approved change, and the reason it gave.")
    public record ImplementationFailure(
            @Schema(example = "finance-service") String service,
            @Schema(example = "finance-service has no budget for 2019/20 for this contract") String reason,
            Instant recordedAt) {
    }

    @Schema(name = "ChangeRequestStep", description = "One lifecycle step: from where to where, who, when, their comment and their "
            + "reason. A signature that leaves another awaited is a step from SUBMITTED to SUBMITTED; the signature that completes the "
            + "agreement is the step to AGREED_IN_PRINCIPLE, whose actor and role name both signatories.")
    public record Step(ChangeRequestStatus from, ChangeRequestStatus to,
                       @Schema(example = "d.allen and p.moffat") String actor,
                       @Schema(example = "commissioner and trust-finance") String role,
                       Instant at, String comment,
                       @Schema(description = "The reason given, where the step needs one (rejection, withdrawal)") String reason) {
    }
}
