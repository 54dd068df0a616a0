package io.sdc.finance.monitoring.service;

import io.sdc.finance.budget.Budget;
import io.sdc.finance.budget.repository.BudgetRepository;
import io.sdc.finance.monitoring.Forecast;
import io.sdc.finance.monitoring.MonitoringReturn;
import io.sdc.finance.monitoring.ReportingPeriod;
import io.sdc.finance.monitoring.repository.MonitoringReturnRepository;
import io.sdc.platform.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Budget against actual to date and forecast outturn, per line and in total, and the trend across the year's returns;
 * from each period's current return (its figures provisional until the council validates it), or from the council's
 * validated figures only.
 */
@ApplicationScoped
public class ForecastService {

    @Inject
    BudgetRepository budgets;

    @Inject
    MonitoringReturnRepository returns;

    /** A forecast with the trend of the year's forecasts. */
    public record Report(Forecast forecast, List<Forecast.TrendPoint> trend) {
    }

    /**
     * The forecast from the return of the period (by default the latest period), with the year's trend: each period's
     * current return, or with {@code validatedOnly} each period's latest return the council validated.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Report report(UUID budgetId, String period, boolean validatedOnly) {
        Budget budget = budgets.get(budgetId);
        Collection<MonitoringReturn> ofPeriods = validatedOnly ? returns.validatedOf(budgetId) : returns.currentOf(budgetId);
        String which = validatedOnly ? "validated monitoring return" : "monitoring return";
        String label = period == null ? null : ReportingPeriod.parse(period).label();
        MonitoringReturn chosen = label == null
                ? ofPeriods.stream().max(MonitoringReturn.BY_PERIOD)
                .orElseThrow(() -> ProblemException.notFound(which + " for budget", budgetId))
                : ofPeriods.stream().filter(candidate -> candidate.period().equals(label)).findFirst()
                .orElseThrow(() -> ProblemException.notFound(which + " for " + period + " of budget", budgetId));
        return new Report(forecast(budget, chosen), Forecast.trend(budget, List.copyOf(ofPeriods)));
    }

    /** The budget against one of its returns. */
    public Forecast forecast(Budget budget, MonitoringReturn monitoringReturn) {
        return Forecast.of(budget, monitoringReturn, returns.figures(monitoringReturn.id()));
    }

    /** The current return of the budget's latest period, if it has any. */
    public Optional<MonitoringReturn> latest(UUID budgetId) {
        return returns.currentOf(budgetId).stream().max(MonitoringReturn.BY_PERIOD);
    }
}
