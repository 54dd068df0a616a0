package io.sdc.finance.monitoring.service;

import io.sdc.finance.budget.Budget;
import io.sdc.finance.monitoring.MonitoringReturn;
import io.sdc.finance.monitoring.ReportingPeriod;
import io.sdc.finance.monitoring.repository.MonitoringReturnRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Budget against actual to date and forecast outturn, per line and in total, and the trend across the year's returns. */
@ApplicationScoped
public class ForecastService {

    private static final BigDecimal HUNDRED = new BigDecimal("100");

    @Inject
    EntityManager entityManager;

    @Inject
    MonitoringReturnRepository returns;

    /** One budget line against a return: variance is forecast outturn minus budget, positive for an overspend. */
    public record Line(String code, String name, boolean demandLed, BigDecimal budget, BigDecimal actualToDate,
                       BigDecimal forecastOutturn, BigDecimal variance, BigDecimal variancePercent) {
    }

    public record Forecast(UUID budgetId, String financialYear, String period, UUID returnId, BigDecimal totalBudget,
                           BigDecimal totalActual, BigDecimal totalForecast, BigDecimal totalVariance,
                           BigDecimal totalVariancePercent, List<Line> lines) {
    }

    public record TrendPoint(String period, UUID returnId, BigDecimal forecastOutturn, BigDecimal variance, BigDecimal variancePercent) {
    }

    public Forecast forecast(Budget budget, MonitoringReturn monitoringReturn) {
        Map<String, BigDecimal[]> figures = new HashMap<>();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery(
                        "SELECT line_code, actual_to_date, forecast_outturn FROM monitoring_return_line WHERE return_id = ?1")
                .setParameter(1, monitoringReturn.id()).getResultList();
        for (Object[] row : rows) {
            figures.put((String) row[0], new BigDecimal[] {(BigDecimal) row[1], (BigDecimal) row[2]});
        }
        List<Line> lines = budget.lines().stream().map(line -> {
            BigDecimal[] values = figures.getOrDefault(line.code(), new BigDecimal[] {BigDecimal.ZERO.setScale(2), BigDecimal.ZERO.setScale(2)});
            BigDecimal variance = values[1].subtract(line.amount());
            return new Line(line.code(), line.name(), line.demandLed(), line.amount(), values[0], values[1], variance,
                    percent(variance, line.amount()));
        }).toList();
        BigDecimal totalBudget = budget.linesTotal();
        BigDecimal totalForecast = monitoringReturn.totalForecast();
        BigDecimal totalVariance = totalForecast.subtract(totalBudget);
        return new Forecast(budget.id(), budget.financialYear(), monitoringReturn.period(), monitoringReturn.id(), totalBudget,
                monitoringReturn.totalActual(), totalForecast, totalVariance, percent(totalVariance, totalBudget), lines);
    }

    /** The current return of each period of the year, in period order. */
    public List<TrendPoint> trend(Budget budget) {
        BigDecimal totalBudget = budget.linesTotal();
        return returns.currentOf(budget.id()).stream()
                .sorted(Comparator.comparing(monitoringReturn -> ReportingPeriod.parse(monitoringReturn.period()).end()))
                .map(monitoringReturn -> {
                    BigDecimal variance = monitoringReturn.totalForecast().subtract(totalBudget);
                    return new TrendPoint(monitoringReturn.period(), monitoringReturn.id(), monitoringReturn.totalForecast(), variance,
                            percent(variance, totalBudget));
                }).toList();
    }

    static BigDecimal percent(BigDecimal part, BigDecimal whole) {
        return whole.signum() == 0 ? null : part.multiply(HUNDRED).divide(whole, 2, RoundingMode.HALF_UP);
    }
}
