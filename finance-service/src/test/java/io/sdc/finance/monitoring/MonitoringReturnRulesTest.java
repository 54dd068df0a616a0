package io.sdc.finance.monitoring;

import io.sdc.finance.budget.Budget;
import io.sdc.platform.lifecycle.SubmissionStatus;
import io.sdc.platform.money.Money;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import static io.sdc.finance.support.Aggregates.approvedBudget;
import static io.sdc.finance.support.Aggregates.forecast;
import static io.sdc.finance.support.Aggregates.laterReturn;
import static io.sdc.finance.support.Aggregates.money;
import static io.sdc.finance.support.Aggregates.monitoringReturn;
import static io.sdc.finance.support.Refusals.assertConflict;
import static org.assertj.core.api.Assertions.assertThat;

/** A monitoring return's lifecycle and the forecast it gives, without Quarkus. */
class MonitoringReturnRulesTest {

    private final Budget budget = approvedBudget("staffing 18200000.00", "placements 12500000.00");

    @Test
    void isSubmittedAndTheSameFileIsRecognisedUntilALaterOneSupersedesIt() {
        MonitoringReturn first = monitoringReturn(budget, "2015-Q3", "abc", money("1.00"), money("2.00"));
        assertThat(first.status()).isEqualTo(SubmissionStatus.SUBMITTED);
        assertThat(FigureStatus.of(first)).isEqualTo(FigureStatus.PROVISIONAL);
        assertThat(first.isCurrentWith("abc")).as("the same file again").isTrue();
        assertThat(first.isCurrentWith("def")).as("another file").isFalse();

        MonitoringReturn later = later(first);
        first.supersedeBy(later, "Placements forecast corrected");
        assertThat(first.status()).isEqualTo(SubmissionStatus.SUPERSEDED);
        assertThat(first.supersededAt()).isEqualTo(later.submittedAt());
        assertThat(first.supersededBy()).isEqualTo(later.id());
        assertThat(first.isCurrentWith("abc")).as("an earlier file again after a later one replaced it").isFalse();
    }

    @Test
    void aSupersededReturnStaysAsItWasInHistory() {
        MonitoringReturn first = monitoringReturn(budget, "2015-Q3", "abc", money("1.00"), money("2.00"));
        MonitoringReturn later = later(first);
        first.supersedeBy(later, "Placements forecast corrected");
        assertConflict(() -> first.supersedeBy(later(first), "Again"), "The 2015-Q3 monitoring return " + first.id()
                + " is SUPERSEDED and cannot become SUPERSEDED; the steps allowed from SUPERSEDED are none: it is final");
        assertThat(first.supersededAt()).isEqualTo(later.submittedAt());
        assertThat(first.totalForecast()).isEqualTo(money("2.00"));
    }

    private static MonitoringReturn later(MonitoringReturn earlier) {
        return laterReturn(earlier, money("3.00"), "trust.finance", Instant.parse("2015-10-21T09:00:00Z"));
    }

    @Test
    void returnsGoInTheOrderOfTheirPeriodsEnds() {
        List<MonitoringReturn> returns = List.of("2016-Q1", "2015-09", "2015-Q4", "2015-Q2").stream()
                .map(period -> monitoringReturn(budget, period, period, Money.ZERO, Money.ZERO)).toList();
        assertThat(returns.stream().sorted(MonitoringReturn.BY_PERIOD).map(MonitoringReturn::period))
                .containsExactly("2015-Q2", "2015-09", "2015-Q4", "2016-Q1");
    }

    @Test
    void forecastsEachLineAndTheTotalAgainstTheBudget() {
        Forecast forecast = forecast(budget, "2015-Q3", "staffing 9100000.00 18200000.00", "placements 6420000.00 12848000.00");
        assertThat(forecast.totalBudget()).isEqualTo(money("30700000.00"));
        assertThat(forecast.totalActual()).isEqualTo(money("15520000.00"));
        assertThat(forecast.totalForecast()).isEqualTo(money("31048000.00"));
        assertThat(forecast.totalVariance()).isEqualTo(money("348000.00"));
        assertThat(forecast.totalVariancePercent()).isEqualTo(new BigDecimal("1.13"));
        assertThat(forecast.lines()).containsExactly(
                new Forecast.Line("placements", "placements", true, money("12500000.00"), money("6420000.00"), money("12848000.00"),
                        money("348000.00"), new BigDecimal("2.78")),
                new Forecast.Line("staffing", "staffing", false, money("18200000.00"), money("9100000.00"), money("18200000.00"),
                        money("0.00"), new BigDecimal("0.00")));
        assertThat(forecast.demandLedVariance()).isEqualTo(money("348000.00"));
        assertThat(forecast.overspentLines()).extracting(Forecast.Line::code).containsExactly("placements");
    }

    @Test
    void aLineTheReturnLacksCountsAsNothingAndABudgetOfNothingHasNoPercentage() {
        Budget withNothing = approvedBudget("staffing 100.00", "overheads 0.00");
        Forecast forecast = forecast(withNothing, "2015-Q3", "staffing 50.00 90.00");
        assertThat(forecast.lines()).filteredOn(line -> line.code().equals("overheads")).singleElement().satisfies(line -> {
            assertThat(line.actualToDate()).isEqualTo(Money.ZERO);
            assertThat(line.forecastOutturn()).isEqualTo(Money.ZERO);
            assertThat(line.variancePercent()).isNull();
        });
        assertThat(forecast.totalVariance()).isEqualTo(money("-10.00"));
        assertThat(forecast.overspentLines()).isEmpty();
    }

    @Test
    void theTrendFollowsTheCurrentReturnsInPeriodOrder() {
        MonitoringReturn q3 = monitoringReturn(budget, "2015-Q3", "q3", money("1.00"), money("31048000.00"));
        MonitoringReturn q2 = monitoringReturn(budget, "2015-Q2", "q2", money("1.00"), money("30700000.00"));
        assertThat(Forecast.trend(budget, List.of(q3, q2))).containsExactly(
                new Forecast.TrendPoint("2015-Q2", q2.id(), FigureStatus.PROVISIONAL, money("30700000.00"), Money.ZERO, new BigDecimal("0.00")),
                new Forecast.TrendPoint("2015-Q3", q3.id(), FigureStatus.PROVISIONAL, money("31048000.00"), money("348000.00"),
                        new BigDecimal("1.13")));
    }
}
