package io.sdc.finance.monitoring.events;

import io.sdc.finance.monitoring.Forecast;
import io.sdc.platform.events.DomainEvent;
import io.sdc.platform.events.EventData;
import io.sdc.platform.money.Money;

import java.util.List;
import java.util.UUID;

/** A monitoring return forecasts an overspend beyond the threshold: its summary with the threshold and the lines overspent. */
@EventData(types = ForecastOverspend.TYPE)
public record ForecastOverspend(UUID budgetId, UUID returnId, String financialYear, String period, Money budget, Money actualToDate,
                                Money forecastOutturn, Money variance, Money threshold, List<OverspentLine> overspentLines)
        implements DomainEvent {

    public static final String TYPE = "finance.forecast.overspend";

    /** A budget line forecast to cost more than its budget, by how much. */
    public record OverspentLine(String code, Money variance) {
    }

    public static ForecastOverspend of(Forecast forecast, Money threshold) {
        ReturnImported summary = ReturnImported.of(forecast);
        return new ForecastOverspend(summary.budgetId(), summary.returnId(), summary.financialYear(), summary.period(), summary.budget(),
                summary.actualToDate(), summary.forecastOutturn(), summary.variance(), threshold,
                forecast.overspentLines().stream().map(line -> new OverspentLine(line.code(), line.variance())).toList());
    }
}
