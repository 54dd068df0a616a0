package io.sdc.finance.riskshare;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.UUID;

@Schema(name = "OutturnCalculation", description = "A year's outturn after the risk share, band by band, so an auditor can follow it. "
        + "Money is pounds with two decimals; a positive variance is an overspend.")
public record OutturnCalculation(
        UUID budgetId,
        @Schema(example = "2014/15") String financialYear,
        @Schema(description = "The monitoring return the outturn is taken from") String basedOnPeriod,
        UUID basedOnReturnId,
        @Schema(example = "13500000.00") String budget,
        @Schema(example = "13402000.00") String outturn,
        @Schema(example = "-98000.00") String totalVariance,
        @Schema(description = "The variance of demand-led lines, left out of the share when the mechanism says so") String excludedDemandLedVariance,
        @Schema(example = "-98000.00") String sharedVariance,
        @Schema(example = "UNDERSPEND") String position,
        List<BandLine> bands,
        @Schema(example = "49000.00") String trustShare,
        @Schema(example = "49000.00") String councilShare,
        @Schema(description = "Positive: the trust's surplus after the risk share; negative: its deficit", example = "49000.00")
        String trustPositionAfterRiskShare) {

    @Schema(name = "OutturnBand")
    public record BandLine(String from, @Schema(description = "Absent for the unlimited band") String to, String amount,
                           String trustSharePercent, String trustAmount, String councilAmount) {
    }
}
