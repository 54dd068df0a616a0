package io.sdc.finance.riskshare;

import io.sdc.finance.budget.Budget;
import io.sdc.finance.monitoring.Forecast;
import io.sdc.finance.riskshare.RiskShareMechanism.Band;
import io.sdc.finance.riskshare.RiskShareMechanism.BandShare;
import io.sdc.finance.riskshare.RiskShareMechanism.Basis;
import io.sdc.platform.money.Money;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static io.sdc.finance.support.Aggregates.CONTRACT;
import static io.sdc.finance.support.Aggregates.approvedBudget;
import static io.sdc.finance.support.Aggregates.forecast;
import static io.sdc.finance.support.Aggregates.money;
import static io.sdc.finance.support.Refusals.assertInvalid;
import static org.assertj.core.api.Assertions.assertThat;

/** The risk-share arithmetic without Quarkus: the typed outturn it works out band by band, and the mechanisms it refuses. */
class RiskShareMechanismTest {

    /** The seed's mechanism: an overspend 30% the trust's; an underspend half and half up to £100k, a quarter beyond. */
    private static final RiskShareMechanism SEED = new RiskShareMechanism(CONTRACT, false,
            List.of(band(null, Basis.AMOUNT, "30")),
            List.of(band("100000.00", Basis.AMOUNT, "50"), band(null, Basis.AMOUNT, "25")));

    @Test
    void theFirstPeriodEndsWithASurplusOf49kAfterTheRiskShare() {
        Budget budget = approvedBudget("staffing 7000000.00", "placements 4500000.00", "overheads 2000000.00");
        Forecast forecast = forecast(budget, "2015-03", "staffing 6950000.00 6950000.00", "placements 4480000.00 4480000.00",
                "overheads 1972000.00 1972000.00");

        OutturnCalculation outturn = SEED.apply(forecast);

        assertThat(outturn.budgetId()).isEqualTo(budget.id());
        assertThat(outturn.financialYear()).isEqualTo("2015/16");
        assertThat(outturn.basedOnPeriod()).isEqualTo("2015-03");
        assertThat(outturn.basedOnReturnId()).isEqualTo(forecast.returnId());
        assertThat(outturn.budget()).isEqualTo(money("13500000.00"));
        assertThat(outturn.outturn()).isEqualTo(money("13402000.00"));
        assertThat(outturn.totalVariance()).isEqualTo(money("-98000.00"));
        assertThat(outturn.excludedDemandLedVariance()).isEqualTo(Money.ZERO);
        assertThat(outturn.sharedVariance()).isEqualTo(money("-98000.00"));
        assertThat(outturn.position()).isEqualTo(OutturnCalculation.Position.UNDERSPEND);
        assertThat(outturn.bands()).containsExactly(new BandShare(Money.ZERO, money("100000.00"), money("98000.00"),
                new BigDecimal("50"), money("49000.00"), money("49000.00")));
        assertThat(outturn.trustShare()).isEqualTo(money("49000.00"));
        assertThat(outturn.councilShare()).isEqualTo(money("49000.00"));
        assertThat(outturn.trustPositionAfterRiskShare()).isEqualTo(money("49000.00"));
    }

    @Test
    void sharesAnOverspendBandByBandByPercentOfBudgetLeavingDemandLedLinesOut() {
        RiskShareMechanism mechanism = new RiskShareMechanism(CONTRACT, true,
                List.of(band("1.00", Basis.PERCENT_OF_BUDGET, "30"), band(null, Basis.PERCENT_OF_BUDGET, "50")),
                List.of(band(null, Basis.AMOUNT, "50")));
        Budget budget = approvedBudget("staffing 10000000.00", "placements 5000000.00");

        OutturnCalculation outturn = mechanism.apply(forecast(budget, "2016-Q1", "staffing 10200000.00 10200000.00",
                "placements 5348000.00 5348000.00"));

        assertThat(outturn.totalVariance()).isEqualTo(money("548000.00"));
        assertThat(outturn.excludedDemandLedVariance()).isEqualTo(money("348000.00"));
        assertThat(outturn.sharedVariance()).isEqualTo(money("200000.00"));
        assertThat(outturn.position()).isEqualTo(OutturnCalculation.Position.OVERSPEND);
        assertThat(outturn.bands()).containsExactly(
                new BandShare(Money.ZERO, money("150000.00"), money("150000.00"), new BigDecimal("30"), money("45000.00"), money("105000.00")),
                new BandShare(money("150000.00"), null, money("50000.00"), new BigDecimal("50"), money("25000.00"), money("25000.00")));
        assertThat(outturn.trustShare()).isEqualTo(money("70000.00"));
        assertThat(outturn.councilShare()).isEqualTo(money("130000.00"));
        assertThat(outturn.trustPositionAfterRiskShare()).as("the trust's deficit").isEqualTo(money("-70000.00"));
    }

    @Test
    void nothingToShareOnBudget() {
        Budget budget = approvedBudget("staffing 100.00", "placements 50.00");
        OutturnCalculation outturn = SEED.apply(forecast(budget, "2015-Q4", "staffing 90.00 100.00", "placements 40.00 50.00"));
        assertThat(outturn.position()).isEqualTo(OutturnCalculation.Position.ON_BUDGET);
        assertThat(outturn.bands()).isEmpty();
        assertThat(outturn.trustShare()).isEqualTo(Money.ZERO);
        assertThat(outturn.councilShare()).isEqualTo(Money.ZERO);
        assertThat(outturn.trustPositionAfterRiskShare()).isEqualTo(Money.ZERO);
    }

    @Test
    void roundsTheTrustsShareToThePennyAndTheCouncilTakesTheRestSoTheyAddUpExactly() {
        List<BandShare> shares = new RiskShareMechanism(CONTRACT, false, List.of(band(null, Basis.AMOUNT, "33.33")),
                List.of(band(null, Basis.AMOUNT, "50"))).split(money("0.05"), money("100.00"));
        assertThat(shares).singleElement().satisfies(share -> {
            assertThat(share.trustAmount()).isEqualTo(money("0.02"));
            assertThat(share.councilAmount()).isEqualTo(money("0.03"));
        });
        List<BandShare> half = SEED.split(money("-0.01"), money("100.00"));
        assertThat(half.get(0).trustAmount().plus(half.get(0).councilAmount())).isEqualTo(money("0.01"));
        assertThat(half.get(0).trustAmount()).as("half a penny rounds up").isEqualTo(money("0.01"));
    }

    @Test
    void aBandBeyondTheVarianceIsLeftOutAndAnUnderspendUsesTheUnderspendBands() {
        List<BandShare> shares = SEED.split(money("-250000.00"), money("1000000.00"));
        assertThat(shares).extracting(BandShare::amount).containsExactly(money("100000.00"), money("150000.00"));
        assertThat(shares).extracting(BandShare::trustAmount).containsExactly(money("50000.00"), money("37500.00"));
        assertThat(SEED.split(money("1000.00"), money("1000000.00"))).extracting(BandShare::trustSharePercent)
                .containsExactly(new BigDecimal("30"));
    }

    @Test
    void writesATrustShareGivenInExponentFormAsAPlainNumber() {
        BandShare share = new BandShare(Money.ZERO, null, money("1.00"), new BigDecimal("1E+1"), money("0.10"), money("0.90"));
        assertThat(share.trustSharePercent().toString()).isEqualTo("10");
    }

    @Test
    void refusesMechanismsThatLeavePoundsOutsideTheirBandsOrMixTheirBases() {
        List<Band> unlimited = List.of(band(null, Basis.AMOUNT, "50"));
        assertInvalid(() -> new RiskShareMechanism(CONTRACT, false, List.of(), unlimited),
                "The overspend bands are empty: give at least one");
        assertInvalid(() -> new RiskShareMechanism(CONTRACT, false, unlimited, List.of(band(null, Basis.AMOUNT, "150"))),
                "The trust's share in underspend band 1 must be from 0 to 100 per cent");
        assertInvalid(() -> new RiskShareMechanism(CONTRACT, false, unlimited, List.of(band(null, Basis.AMOUNT, "-1"))),
                "The trust's share in underspend band 1 must be from 0 to 100 per cent");
        assertInvalid(() -> new RiskShareMechanism(CONTRACT, false,
                        List.of(band(null, Basis.AMOUNT, "30"), band(null, Basis.AMOUNT, "50")), unlimited),
                "Only the last overspend band may be unlimited");
        assertInvalid(() -> new RiskShareMechanism(CONTRACT, false,
                        List.of(band("1.00", Basis.PERCENT_OF_BUDGET, "30"), band(null, Basis.AMOUNT, "50")), unlimited),
                "The overspend bands must all be by amount or all by percentage of budget");
        assertInvalid(() -> new RiskShareMechanism(CONTRACT, false, List.of(band("500.00", Basis.AMOUNT, "30"),
                        band("500.00", Basis.AMOUNT, "40"), band(null, Basis.AMOUNT, "50")), unlimited),
                "The overspend bands must be in ascending order of their limits");
        assertInvalid(() -> new RiskShareMechanism(CONTRACT, false, List.of(band("100000.00", Basis.AMOUNT, "30")), unlimited),
                "The last overspend band must be unlimited, so that every pound falls in a band");
    }

    private static Band band(String upTo, Basis basis, String trustSharePercent) {
        return new Band(upTo == null ? null : new BigDecimal(upTo), basis, new BigDecimal(trustSharePercent));
    }
}
