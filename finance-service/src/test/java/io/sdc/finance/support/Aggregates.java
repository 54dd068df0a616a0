package io.sdc.finance.support;

import io.sdc.finance.budget.Budget;
import io.sdc.finance.budget.BudgetStatus;
import io.sdc.finance.monitoring.Forecast;
import io.sdc.finance.monitoring.MonitoringReturn;
import io.sdc.platform.money.Money;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/** Aggregates built in memory for the unit tests of their rules: budgets, returns and forecasts. */
public final class Aggregates {

    public static final UUID CONTRACT = UUID.fromString("0b6f3a4e-2d1c-4e8a-9f57-3c2a1d0e9b84");
    public static final Instant SUBMITTED_AT = Instant.parse("2015-10-20T09:00:00Z");

    private Aggregates() {
    }

    public static Money money(String pounds) {
        return Money.of(pounds);
    }

    /** An INDICATIVE 2015/16 budget from the base given. */
    public static Budget budget(String base) {
        return new Budget(CONTRACT, "2015/16", money(base), "Set when the budget was created");
    }

    /** An approved 2015/16 budget with the given lines ("code amount"), its base their sum; placements are demand-led. */
    public static Budget approvedBudget(String... lines) {
        Money base = Money.ZERO;
        for (String line : lines) {
            base = base.plus(money(line.split(" ")[1]));
        }
        Budget budget = budget(base.toString());
        for (String line : lines) {
            String[] parts = line.split(" ");
            budget.putLine(parts[0], parts[0], money(parts[1]), parts[0].equals("placements"));
        }
        budget.move(BudgetStatus.CONFIRMED_IN_PRINCIPLE);
        budget.move(BudgetStatus.APPROVED);
        return budget;
    }

    /** A return for the period whose lines ("code actual forecast") the trust sent for the budget, with its forecast. */
    public static Forecast forecast(Budget budget, String period, String... lines) {
        Map<String, Forecast.Figures> figures = new HashMap<>();
        Money actual = Money.ZERO;
        Money forecast = Money.ZERO;
        for (String line : lines) {
            String[] parts = line.split(" ");
            figures.put(parts[0], new Forecast.Figures(money(parts[1]), money(parts[2])));
            actual = actual.plus(money(parts[1]));
            forecast = forecast.plus(money(parts[2]));
        }
        return Forecast.of(budget, monitoringReturn(budget, period, "sha-" + period, actual, forecast), figures);
    }

    public static MonitoringReturn monitoringReturn(Budget budget, String period, String sha256, Money actual, Money forecast) {
        return new MonitoringReturn(UUID.randomUUID(), budget.id(), budget.contractId(), period, sha256, "CSV", budget.lines().size(),
                actual, forecast, "trust.finance", SUBMITTED_AT);
    }

    /** A later return of the same budget and period, sent by the user given at the instant given. */
    public static MonitoringReturn laterReturn(MonitoringReturn earlier, Money forecast, String submittedBy, Instant at) {
        return new MonitoringReturn(UUID.randomUUID(), earlier.budgetId(), earlier.contractId(), earlier.period(), "later-" + at, "CSV",
                earlier.lineCount(), earlier.totalActual(), forecast, submittedBy, at);
    }
}
