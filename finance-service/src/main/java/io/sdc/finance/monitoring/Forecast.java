package io.sdc.finance.monitoring;

import io.sdc.finance.budget.Budget;
import io.sdc.platform.lifecycle.SubmissionStatus;
import io.sdc.platform.money.Money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A budget against one of its monitoring returns, per budget line and in total: budget, actual to date, forecast
 * outturn, variance (forecast outturn minus budget, positive for an overspend) and the variance as a percentage of
 * the budget (none where the budget is nothing); each figure provisional or validated as the return it comes from is.
 */
public record Forecast(UUID budgetId, String financialYear, String period, UUID returnId, SubmissionStatus returnStatus,
                       FigureStatus figures, Money totalBudget, Money totalActual, Money totalForecast, Money totalVariance,
                       BigDecimal totalVariancePercent, List<Line> lines) {

    private static final BigDecimal HUNDRED = new BigDecimal("100");
    private static final Figures NOTHING = new Figures(Money.ZERO, Money.ZERO);

    /** One budget line against the return. */
    public record Line(String code, String name, boolean demandLed, Money budget, Money actualToDate, Money forecastOutturn,
                       Money variance, BigDecimal variancePercent) {
    }

    /** What a return says of one budget line. */
    public record Figures(Money actualToDate, Money forecastOutturn) {
    }

    /** One return of the year in the trend of its forecasts, its figures provisional or validated. */
    public record TrendPoint(String period, UUID returnId, FigureStatus figures, Money forecastOutturn, Money variance,
                             BigDecimal variancePercent) {
    }

    /** The budget against the return whose lines' figures are given by code; a line the return lacks counts as nothing. */
    public static Forecast of(Budget budget, MonitoringReturn monitoringReturn, Map<String, Figures> figures) {
        List<Line> lines = budget.lines().stream().map(line -> {
            Figures values = figures.getOrDefault(line.code(), NOTHING);
            Money variance = values.forecastOutturn().minus(line.amount());
            return new Line(line.code(), line.name(), line.demandLed(), line.amount(), values.actualToDate(), values.forecastOutturn(),
                    variance, percent(variance, line.amount()));
        }).toList();
        Money totalBudget = budget.linesTotal();
        Money totalVariance = monitoringReturn.totalForecast().minus(totalBudget);
        return new Forecast(budget.id(), budget.financialYear(), monitoringReturn.period(), monitoringReturn.id(),
                monitoringReturn.status(), FigureStatus.of(monitoringReturn), totalBudget,
                monitoringReturn.totalActual(), monitoringReturn.totalForecast(), totalVariance, percent(totalVariance, totalBudget), lines);
    }

    /** The forecast of each of the given returns (one a period) against the budget, in period order. */
    public static List<TrendPoint> trend(Budget budget, List<MonitoringReturn> returnsOfPeriods) {
        Money totalBudget = budget.linesTotal();
        return returnsOfPeriods.stream().sorted(MonitoringReturn.BY_PERIOD).map(monitoringReturn -> {
            Money variance = monitoringReturn.totalForecast().minus(totalBudget);
            return new TrendPoint(monitoringReturn.period(), monitoringReturn.id(), FigureStatus.of(monitoringReturn),
                    monitoringReturn.totalForecast(), variance, percent(variance, totalBudget));
        }).toList();
    }

    /** The variance of the demand-led lines (placements), which a risk share may leave out. */
    public Money demandLedVariance() {
        return lines.stream().filter(Line::demandLed).map(Line::variance).reduce(Money.ZERO, Money::plus);
    }

    /** The lines forecast to cost more than their budget. */
    public List<Line> overspentLines() {
        return lines.stream().filter(line -> line.variance().signum() > 0).toList();
    }

    static BigDecimal percent(Money part, Money whole) {
        return whole.isZero() ? null : part.amount().multiply(HUNDRED).divide(whole.amount(), 2, RoundingMode.HALF_UP);
    }
}
