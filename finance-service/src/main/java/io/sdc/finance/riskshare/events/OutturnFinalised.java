package io.sdc.finance.riskshare.events;

import io.sdc.finance.riskshare.OutturnCalculation;
import io.sdc.finance.riskshare.RiskShareMechanism;
import io.sdc.platform.events.DomainEvent;
import io.sdc.platform.events.EventData;
import io.sdc.platform.money.Money;

import java.util.List;
import java.util.UUID;

/** A year's outturn after the risk share was finalised: its calculation, band by band. */
@EventData(types = OutturnFinalised.TYPE)
public record OutturnFinalised(UUID budgetId, String financialYear, String basedOnPeriod, UUID basedOnReturnId, Money budget,
                               Money outturn, Money totalVariance, Money excludedDemandLedVariance, Money sharedVariance,
                               String position, List<Band> bands, Money trustShare, Money councilShare,
                               Money trustPositionAfterRiskShare) implements DomainEvent {

    public static final String TYPE = "finance.outturn.finalised";

    /** One band: where it runs from and to (none: unlimited), the part of the variance in it and how it was shared. */
    public record Band(Money from, Money to, Money amount, String trustSharePercent, Money trustAmount, Money councilAmount) {

        static Band of(RiskShareMechanism.BandShare share) {
            return new Band(share.from(), share.to(), share.amount(), share.trustSharePercent().toPlainString(), share.trustAmount(),
                    share.councilAmount());
        }
    }

    public static OutturnFinalised of(OutturnCalculation calculation) {
        return new OutturnFinalised(calculation.budgetId(), calculation.financialYear(), calculation.basedOnPeriod(),
                calculation.basedOnReturnId(), calculation.budget(), calculation.outturn(), calculation.totalVariance(),
                calculation.excludedDemandLedVariance(), calculation.sharedVariance(), calculation.position().name(),
                calculation.bands().stream().map(Band::of).toList(), calculation.trustShare(), calculation.councilShare(),
                calculation.trustPositionAfterRiskShare());
    }
}
