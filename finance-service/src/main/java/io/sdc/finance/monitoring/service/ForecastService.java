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

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Budget against actual to date and forecast outturn, per line and in total, and the trend across the year's returns. */
@ApplicationScoped
public class ForecastService {

    @Inject
    BudgetRepository budgets;

    @Inject
    MonitoringReturnRepository returns;

    /** A forecast with the trend of the year's forecasts. */
    public record Report(Forecast forecast, List<Forecast.TrendPoint> trend) {
    }

    /** The forecast from the current return of the period (by default the latest), with the year's trend. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Report report(UUID budgetId, String period) {
        Budget budget = budgets.get(budgetId);
        MonitoringReturn current = period == null
                ? latest(budgetId).orElseThrow(() -> ProblemException.notFound("monitoring return for budget", budgetId))
                : returns.current(budgetId, ReportingPeriod.parse(period).label())
                .orElseThrow(() -> ProblemException.notFound("monitoring return for " + period + " of budget", budgetId));
        return new Report(forecast(budget, current), Forecast.trend(budget, returns.currentOf(budgetId)));
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
