package io.sdc.contract.review.rest;

import io.sdc.contract.changerequest.ChangeRequestStatus;
import io.sdc.contract.contract.ContractParty;
import io.sdc.platform.money.Money;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

@Schema(name = "AnnualReview", description = "An annual contract review, who attended it for each party, and the change requests agreed in principle at it.")
public record AnnualReviewView(
        UUID id,
        UUID contractId,
        @Schema(example = "2014/15") String contractYear,
        @Schema(example = "2015-11-12") LocalDate reviewDate,
        String performanceSummary,
        Budget budgetConfirmedInPrinciple,
        List<String> strategicPriorities,
        List<String> areasOfJointFocus,
        @Schema(description = "Who attended for each party") List<AttendeeView> attendees,
        @Schema(description = "The change requests agreed in principle at this review") List<AgreedChange> changesAgreedInPrinciple,
        long version) {

    @Schema(name = "AnnualReviewBudgetView", description = "The budget confirmed in principle for the next financial year.")
    public record Budget(@Schema(example = "42200000.00") Money amount, @Schema(example = "2016/17") String financialYear) {
    }

    @Schema(name = "AnnualReviewAttendeeView", description = "Someone who attended the review, and the party they attended for.")
    public record AttendeeView(@Schema(example = "Paul Moffat") String name,
                               @Schema(example = "Chief Executive, DCST") String position,
                               @Schema(example = "TRUST") ContractParty party) {
    }

    @Schema(name = "AgreedChange")
    public record AgreedChange(UUID id, @Schema(example = "NCR-1") String reference, String title, ChangeRequestStatus status) {
    }
}
