package io.sdc.finance.riskshare;

import io.sdc.platform.money.Money;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.UUID;

/**
 * A year's outturn after the risk share, band by band, so that an auditor can follow it: worked out by
 * {@link RiskShareMechanism#apply} from the forecast of the year's latest return, never typed in.
 */
@Schema(name = "OutturnCalculation", description = "A year's outturn after the risk share, band by band, so an auditor can follow it. "
        + "Money is pounds with two decimals; a positive variance is an overspend.")
public record OutturnCalculation(
        UUID budgetId,
        @Schema(example = "2014/15") String financialYear,
        @Schema(description = "The monitoring return the outturn is taken from") String basedOnPeriod,
        UUID basedOnReturnId,
        @Schema(example = "13500000.00") Money budget,
        @Schema(example = "13402000.00") Money outturn,
        @Schema(example = "-98000.00") Money totalVariance,
        @Schema(description = "The variance of demand-led lines, left out of the share when the mechanism says so") Money excludedDemandLedVariance,
        @Schema(example = "-98000.00") Money sharedVariance,
        @Schema(example = "UNDERSPEND") Position position,
        List<RiskShareMechanism.BandShare> bands,
        @Schema(example = "49000.00") Money trustShare,
        @Schema(example = "49000.00") Money councilShare,
        @Schema(description = "Positive: the trust's surplus after the risk share; negative: its deficit", example = "49000.00")
        Money trustPositionAfterRiskShare) {

    /** Whether the shared variance is an overspend, an underspend, or nothing. */
    public enum Position {
        OVERSPEND, UNDERSPEND, ON_BUDGET;

        static Position of(Money sharedVariance) {
            return sharedVariance.signum() > 0 ? OVERSPEND : sharedVariance.signum() < 0 ? UNDERSPEND : ON_BUDGET;
        }
    }
}
