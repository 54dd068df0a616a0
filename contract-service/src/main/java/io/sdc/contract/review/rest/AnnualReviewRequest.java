package io.sdc.contract.review.rest;

import io.sdc.contract.contract.ContractParty;
import io.sdc.platform.money.Money;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;

@Schema(name = "AnnualReviewRequest", description = "What an annual contract review recorded.")
public record AnnualReviewRequest(
        @NotBlank @Pattern(regexp = "\\d{4}/\\d{2}", message = "must be a contract year such as 2014/15")
        @Schema(description = "The contract year reviewed", example = "2014/15") String contractYear,
        @NotNull @Schema(example = "2015-11-12") LocalDate reviewDate,
        @NotBlank @Size(max = 20000)
        @Schema(example = "Performance across almost all key indicators is showing improvement or stability.") String performanceSummary,
        @Valid @Schema(description = "The budget confirmed in principle for the next financial year") Budget budgetConfirmedInPrinciple,
        @Size(max = 50) List<@NotBlank @Size(max = 2000) String> strategicPriorities,
        @Size(max = 50) List<@NotBlank @Size(max = 2000) String> areasOfJointFocus,
        @NotNull @Size(min = 2, max = 100) @Schema(description = "Who attended for each party: at least one for the COUNCIL and one for the TRUST")
        List<@NotNull @Valid Attendee> attendees,
        @Size(max = 1000) @Schema(description = "Why the review is corrected: required to correct it (here or in the Change-Reason "
                + "header), kept in the audit history; not needed to record it", example = "The Trust's Chair attended as well")
        String reason) {

    @Schema(name = "AnnualReviewAttendee", description = "Someone who attended the review, and the party they attended for.")
    public record Attendee(
            @NotBlank @Size(max = 200) @Schema(example = "Damian Allen") String name,
            @Size(max = 200) @Schema(description = "Their position or role", example = "Director of Children's Services, DMBC") String position,
            @NotNull @Schema(example = "COUNCIL") ContractParty party) {
    }

    @Schema(name = "AnnualReviewBudget")
    public record Budget(
            @NotBlank @Pattern(regexp = Money.PATTERN, message = Money.PATTERN_MESSAGE) @Schema(example = "42200000.00") String amount,
            @NotBlank @Pattern(regexp = "\\d{4}/\\d{2}", message = "must be a financial year such as 2016/17")
            @Schema(example = "2016/17") String financialYear) {
    }
}
