package io.sdc.finance.monitoring.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.sdc.finance.monitoring.MonitoringReturn;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class MonitoringReturnRepository implements PanacheRepositoryBase<MonitoringReturn, UUID> {

    public Optional<MonitoringReturn> current(UUID budgetId, String period) {
        return find("budgetId = ?1 and period = ?2 and supersededAt is null", budgetId, period).firstResultOptional();
    }

    /** Every return of a budget, the current one of each period and the superseded, oldest first. */
    public List<MonitoringReturn> ofBudget(UUID budgetId) {
        return list("budgetId = ?1 order by submittedAt, id", budgetId);
    }

    public List<MonitoringReturn> currentOf(UUID budgetId) {
        return list("budgetId = ?1 and supersededAt is null order by submittedAt, id", budgetId);
    }
}
