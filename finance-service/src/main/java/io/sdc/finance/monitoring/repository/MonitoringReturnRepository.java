package io.sdc.finance.monitoring.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.sdc.finance.monitoring.Forecast;
import io.sdc.finance.monitoring.MonitoringReturn;
import io.sdc.platform.money.Money;
import io.sdc.platform.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Tuple;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class MonitoringReturnRepository implements PanacheRepositoryBase<MonitoringReturn, UUID> {

    public MonitoringReturn get(UUID id) {
        return findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("monitoring return", id));
    }

    public Optional<MonitoringReturn> current(UUID budgetId, String period) {
        return find("budgetId = ?1 and period = ?2 and supersededAt is null", budgetId, period).firstResultOptional();
    }

    /**
     * The period's current return, locked until the transaction ends: an import at the same moment waits, then finds
     * it superseded and is refused by the one-current-return-per-period index.
     */
    public Optional<MonitoringReturn> currentForUpdate(UUID budgetId, String period) {
        return find("budgetId = ?1 and period = ?2 and supersededAt is null", budgetId, period)
                .withLock(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }

    /** Every return of a budget, the current one of each period and the superseded, oldest first. */
    public List<MonitoringReturn> ofBudget(UUID budgetId) {
        return list("budgetId = ?1 order by submittedAt, id", budgetId);
    }

    public List<MonitoringReturn> currentOf(UUID budgetId) {
        return list("budgetId = ?1 and supersededAt is null order by submittedAt, id", budgetId);
    }

    /**
     * The council's latest validated return of each period of a budget: the period's return if the council
     * validated it, else the validated one a correction awaiting validation has since superseded.
     */
    public Collection<MonitoringReturn> validatedOf(UUID budgetId) {
        Map<String, MonitoringReturn> latest = new LinkedHashMap<>();
        list("budgetId = ?1 and validatedAt is not null order by validatedAt, id", budgetId)
                .forEach(validated -> latest.put(validated.period(), validated));
        return latest.values();
    }

    /** What the return says of each budget line, by the line's code. */
    public Map<String, Forecast.Figures> figures(UUID returnId) {
        List<Tuple> rows = getEntityManager().createNativeQuery(
                        "SELECT line_code, actual_to_date, forecast_outturn FROM monitoring_return_line WHERE return_id = ?1", Tuple.class)
                .setParameter(1, returnId).getResultList();
        Map<String, Forecast.Figures> figures = new HashMap<>();
        rows.forEach(row -> figures.put(row.get("line_code", String.class), new Forecast.Figures(
                Money.of(row.get("actual_to_date", BigDecimal.class)), Money.of(row.get("forecast_outturn", BigDecimal.class)))));
        return figures;
    }
}
