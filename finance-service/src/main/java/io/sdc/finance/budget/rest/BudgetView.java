package io.sdc.finance.budget.rest;

import io.sdc.finance.budget.AdjustmentCategory;
import io.sdc.finance.budget.BudgetStatus;
import io.sdc.platform.money.Money;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.UUID;

@Schema(name = "Budget", description = "A financial year's budget: base, Schedule 3 adjustments, derived total and net change, lines and funding. Money is pounds with two decimals.")
public record BudgetView(UUID id, UUID contractId, @Schema(example = "2016/17") String financialYear,
                         @Schema(example = "42311000.00") Money baseAmount,
                         @Schema(example = "The approved 2015/16 budget") String baseSource,
                         List<Adjustment> adjustments,
                         @Schema(description = "Base plus adjustments", example = "42200000.00") Money total,
                         @Schema(description = "The sum of the adjustments not withdrawn", example = "-111000.00") Money netChange,
                         BudgetStatus status, boolean closed, List<Line> lines,
                         @Schema(description = "The lines' sum; must equal the total before approval") Money linesTotal,
                         List<Funding> funding, long version) {

    @Schema(name = "BudgetAdjustment")
    public record Adjustment(UUID id, AdjustmentCategory category, @Schema(example = "-1100000.00") Money amount, String rationale,
                             @Schema(description = "For a contract variation: its change request") UUID changeRequestId,
                             @Schema(description = "For a contract variation: the line it changed") String lineCode,
                             @Schema(description = "Withdrawn: kept with its figures, no longer counted in the total") boolean withdrawn,
                             @Schema(description = "Why it was withdrawn") String withdrawalReason) {
    }

    @Schema(name = "BudgetLine")
    public record Line(@Schema(example = "placements") String code, @Schema(example = "Placements") String name,
                       @Schema(example = "12500000.00") Money amount, @Schema(description = "Demand-led, like placements") boolean demandLed) {
    }

    @Schema(name = "FundingSource")
    public record Funding(@Schema(example = "DfE innovation grant") String source, @Schema(example = "1200000.00") Money amount) {
    }
}
