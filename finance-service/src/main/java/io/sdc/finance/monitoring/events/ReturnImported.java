package io.sdc.finance.monitoring.events;

import io.sdc.finance.monitoring.Forecast;
import io.sdc.platform.events.DomainEvent;
import io.sdc.platform.events.EventData;
import io.sdc.platform.money.Money;

import java.util.UUID;

/** A monitoring return was imported: its summary against the budget. */
@EventData(types = ReturnImported.TYPE)
public record ReturnImported(UUID budgetId, UUID returnId, String financialYear, String period, Money budget, Money actualToDate,
                             Money forecastOutturn, Money variance) implements DomainEvent {

    public static final String TYPE = "finance.monitoring-return.imported";

    public static ReturnImported of(Forecast forecast) {
        return new ReturnImported(forecast.budgetId(), forecast.returnId(), forecast.financialYear(), forecast.period(),
                forecast.totalBudget(), forecast.totalActual(), forecast.totalForecast(), forecast.totalVariance());
    }
}
