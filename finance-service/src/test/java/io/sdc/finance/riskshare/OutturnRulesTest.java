package io.sdc.finance.riskshare;

import io.sdc.finance.budget.Budget;
import io.sdc.finance.monitoring.Forecast;
import io.sdc.finance.monitoring.MonitoringReturn;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import static io.sdc.finance.support.Aggregates.CONTRACT;
import static io.sdc.finance.support.Aggregates.SUBMITTED_AT;
import static io.sdc.finance.support.Aggregates.laterReturn;
import static io.sdc.finance.support.Aggregates.monitoringReturn;
import static io.sdc.finance.support.Aggregates.approvedBudget;
import static io.sdc.finance.support.Aggregates.forecast;
import static io.sdc.finance.support.Aggregates.money;
import static io.sdc.finance.support.Refusals.assertConflict;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** An outturn's lifecycle without Quarkus: a draft worked out again as often as asked, then final for good. */
class OutturnRulesTest {

    private static final RiskShareMechanism HALVES = new RiskShareMechanism(CONTRACT, false,
            List.of(new RiskShareMechanism.Band(null, RiskShareMechanism.Basis.AMOUNT, new BigDecimal("50"))),
            List.of(new RiskShareMechanism.Band(null, RiskShareMechanism.Basis.AMOUNT, new BigDecimal("50"))));

    private final Budget budget = approvedBudget("staffing 1000.00");

    @Test
    void aDraftTakesItsCalculationAndTheTrustsPositionFromIt() {
        OutturnCalculation calculation = calculation("900.00");
        Outturn outturn = new Outturn(CONTRACT, calculation);
        assertThat(outturn.status()).isEqualTo(OutturnStatus.DRAFT);
        assertThat(outturn.budgetId()).isEqualTo(budget.id());
        assertThat(outturn.contractId()).isEqualTo(CONTRACT);
        assertThat(outturn.calculation()).isEqualTo(calculation);
        assertThat(outturn.trustPosition()).isEqualTo(money("50.00"));
    }

    @Test
    void aDraftIsWorkedOutAgainAsOftenAsAsked() {
        Outturn outturn = new Outturn(CONTRACT, calculation("900.00"));
        OutturnCalculation later = calculation("1100.00");
        outturn.recalculate(later);
        assertThat(outturn.calculation()).isEqualTo(later);
        assertThat(outturn.trustPosition()).isEqualTo(money("-50.00"));
        assertThat(outturn.status()).isEqualTo(OutturnStatus.DRAFT);
    }

    @Test
    void onceFinalItNeitherChangesNorIsFinalisedAgain() {
        MonitoringReturn validated = yearEndReturn();
        Outturn outturn = new Outturn(CONTRACT, calculationFrom(validated));
        validated.validate("council.officer", SUBMITTED_AT.plusSeconds(3600));
        outturn.finalise(validated);
        assertThat(outturn.status()).isEqualTo(OutturnStatus.FINAL);
        assertConflict(() -> outturn.recalculate(calculation("1100.00")), "The outturn is final");
        assertConflict(() -> outturn.finalise(validated),
                "The outturn is already final; the steps allowed from FINAL are none: it is final");
        assertThat(outturn.trustPosition()).isEqualTo(money("50.00"));
    }

    @Test
    void isMadeFinalOnValidatedFiguresOnly() {
        Outturn outturn = new Outturn(CONTRACT, calculation("900.00"));
        MonitoringReturn submitted = yearEndReturn();
        assertConflict(() -> outturn.finalise(submitted), "An outturn is made final on validated figures only: the year's "
                + "latest monitoring return, for 2015-03, is SUBMITTED, not VALIDATED by the council; validate it first");
        submitted.returnToTrust("council.officer", SUBMITTED_AT.plusSeconds(3600), "Placements omit two new placements");
        assertConflict(() -> outturn.finalise(submitted), "An outturn is made final on validated figures only: the year's "
                + "latest monitoring return, for 2015-03, is RETURNED, not VALIDATED by the council; validate it first");
        assertConflict(() -> outturn.finalise(null), "An outturn is made final on validated figures only: the year's "
                + "latest monitoring return is missing; validate it first");
        assertThat(outturn.status()).isEqualTo(OutturnStatus.DRAFT);
    }

    @Test
    void isMadeFinalOnlyAsWorkedOutFromTheYearsLatestReturn() {
        MonitoringReturn earlier = yearEndReturn();
        Outturn outturn = new Outturn(CONTRACT, calculationFrom(earlier));
        MonitoringReturn correction = laterReturn(earlier, money("950.00"), "trust.finance", SUBMITTED_AT.plusSeconds(7200));
        earlier.supersedeBy(correction, "Placements forecast omitted two new placements");
        correction.validate("council.officer", SUBMITTED_AT.plusSeconds(9000));
        assertConflict(() -> outturn.finalise(correction), "The draft outturn was worked out from an earlier monitoring return "
                + "than the year's latest (2015-03); work the draft out again, check it, then make it final");
        outturn.recalculate(calculationFrom(correction));
        outturn.finalise(correction);
        assertThat(outturn.status()).isEqualTo(OutturnStatus.FINAL);
    }

    private OutturnCalculation calculationFrom(MonitoringReturn monitoringReturn) {
        return HALVES.apply(Forecast.of(budget, monitoringReturn,
                Map.of("staffing", new Forecast.Figures(monitoringReturn.totalActual(), monitoringReturn.totalForecast()))));
    }

    private MonitoringReturn yearEndReturn() {
        return monitoringReturn(budget, "2015-03", "sha-year-end", money("900.00"), money("900.00"));
    }

    @Test
    void theLifecycleGoesFromDraftToFinalOnly() {
        assertThat(OutturnStatus.DRAFT.next()).containsExactly(OutturnStatus.FINAL);
        assertThat(OutturnStatus.FINAL.next()).isEmpty();
    }

    @Test
    void takesOnlyCalculationsOfItsOwnBudget() {
        Outturn outturn = new Outturn(CONTRACT, calculation("900.00"));
        OutturnCalculation another = HALVES.apply(forecast(approvedBudget("staffing 1000.00"), "2016-03", "staffing 900.00 900.00"));
        assertThatThrownBy(() -> outturn.recalculate(another)).isInstanceOf(IllegalArgumentException.class);
        assertThat(outturn.calculation().budgetId()).isEqualTo(budget.id());
    }

    private OutturnCalculation calculation(String forecastOutturn) {
        return HALVES.apply(forecast(budget, "2016-03", "staffing " + forecastOutturn + " " + forecastOutturn));
    }
}
