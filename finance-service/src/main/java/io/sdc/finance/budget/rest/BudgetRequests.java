package io.sdc.finance.budget.rest;

import io.sdc.finance.budget.AdjustmentCategory;
import io.sdc.finance.budget.BudgetStatus;
import io.sdc.platform.money.Money;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** The documents budget calls take. */
public final class BudgetRequests {

    static final String NOT_NEGATIVE = "must not be negative";

    private BudgetRequests() {
    }

    @Schema(name = "NewBudget", description = "A financial year's budget; without a base it starts from the previous year's approved total.")
    public record NewBudget(
            @NotBlank @Pattern(regexp = "\\d{4}/\\d{2}", message = "must be a financial year such as 2016/17")
            @Schema(example = "2016/17") String financialYear,
            @Pattern(regexp = Money.PATTERN, message = Money.PATTERN_MESSAGE) @DecimalMin(value = "0.00", message = NOT_NEGATIVE)
            @Schema(description = "Only for a first budget, or to set the base by hand; from 0.00 to 9999999999999.99, never negative",
                    example = "42311000.00") String baseAmount) {
    }

    @Schema(name = "NewAdjustment", description = "A Schedule 3 adjustment, signed: a reduction is negative. The budget's total "
            + "after it must stay from 0.00 to 9999999999999.99.")
    public record NewAdjustment(
            @NotNull @Schema(example = "CONTRIBUTION_TO_COUNCIL_SAVINGS") AdjustmentCategory category,
            @NotBlank @Pattern(regexp = Money.PATTERN, message = Money.PATTERN_MESSAGE) @Schema(example = "-1100000.00") String amount,
            @NotBlank @Size(max = 2000) @Schema(example = "Contribution towards the Council's savings targets") String rationale) {
    }

    @Schema(name = "AdjustmentCorrection", description = "A Schedule 3 adjustment as it should have been, and why it is corrected. "
            + "The budget's total after it must stay from 0.00 to 9999999999999.99.")
    public record AdjustmentCorrection(
            @NotNull @Schema(example = "PAY_INFLATION") AdjustmentCategory category,
            @NotBlank @Pattern(regexp = Money.PATTERN, message = Money.PATTERN_MESSAGE) @Schema(example = "420000.00") String amount,
            @NotBlank @Size(max = 2000) @Schema(example = "1% pay award") String rationale,
            @Size(max = 1000) @Schema(description = "Required, here or in the Change-Reason header; kept in the audit history",
                    example = "The pay award was 1.05%, not 1%") String reason) {
    }

    @Schema(name = "AdjustmentWithdrawal", description = "Why the adjustment is withdrawn.")
    public record Withdrawal(
            @Size(max = 1000) @Schema(description = "Required, here or in the Change-Reason header; kept on the adjustment and in the "
                    + "audit history", example = "Entered twice") String reason) {
    }

    @Schema(name = "BudgetLineRequest")
    public record LineRequest(
            @NotBlank @Size(max = 200) @Schema(example = "Placements") String name,
            @NotBlank @Pattern(regexp = Money.PATTERN, message = Money.PATTERN_MESSAGE) @DecimalMin(value = "0.00", message = NOT_NEGATIVE)
            @Schema(description = "Never negative; the lines together at most 9999999999999.99", example = "12500000.00") String amount,
            @Schema(description = "Demand-led, like placements", example = "true") boolean demandLed) {
    }

    @Schema(name = "FundingRequest")
    public record FundingRequest(@NotNull @Size(max = 20) List<@Valid Source> sources) {

        @Schema(name = "FundingSourceRequest")
        public record Source(
                @NotBlank @Size(max = 200) @Schema(example = "Council") String source,
                @NotBlank @Pattern(regexp = Money.PATTERN, message = Money.PATTERN_MESSAGE) @DecimalMin(value = "0.00", message = NOT_NEGATIVE)
                @Schema(description = "Never negative; the sources together at most 9999999999999.99", example = "41000000.00") String amount) {
        }
    }

    @Schema(name = "BudgetStatusChange")
    public record StatusChange(@NotNull @Schema(example = "CONFIRMED_IN_PRINCIPLE") BudgetStatus status) {
    }
}
