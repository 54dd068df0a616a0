package io.sdc.finance.monitoring.mapping;

import io.sdc.finance.monitoring.FigureStatus;
import io.sdc.finance.monitoring.Forecast;
import io.sdc.finance.monitoring.MonitoringReturn;
import io.sdc.finance.monitoring.rest.MonitoringReturnView;

import java.util.List;
import java.util.Map;

public final class MonitoringReturnMapper {

    private MonitoringReturnMapper() {
    }

    /** A return as lists and the audit history show it: without its lines' figures. */
    public static MonitoringReturnView toView(MonitoringReturn r) {
        return toView(r, null);
    }

    /** A return with what it says of each budget line, in the order of the lines' codes. */
    public static MonitoringReturnView toView(MonitoringReturn r, Map<String, Forecast.Figures> figures) {
        List<MonitoringReturnView.LineFigures> lines = figures == null ? null : figures.entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .map(line -> new MonitoringReturnView.LineFigures(line.getKey(), line.getValue().actualToDate(),
                        line.getValue().forecastOutturn()))
                .toList();
        return new MonitoringReturnView(r.id(), r.budgetId(), r.period(), r.contentType(), r.lineCount(), r.totalActual(),
                r.totalForecast(), r.fileSha256(), r.submittedBy(), r.submittedAt(), r.supersededAt(), r.contractId(), r.status(),
                FigureStatus.of(r), r.validatedBy(), r.validatedAt(), r.returnedBy(), r.returnedAt(), r.returnReason(),
                r.correctionOf(), r.correctionReason(), r.supersededBy(), r.version(), lines);
    }
}
