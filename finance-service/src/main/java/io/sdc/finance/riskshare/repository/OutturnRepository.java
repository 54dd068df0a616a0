package io.sdc.finance.riskshare.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.sdc.finance.riskshare.Outturn;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class OutturnRepository implements PanacheRepositoryBase<Outturn, UUID> {

    public Optional<Outturn> ofBudget(UUID budgetId) {
        return find("budgetId", budgetId).firstResultOptional();
    }

    /** The budget's outturn, locked until the transaction ends. */
    public Optional<Outturn> ofBudgetForUpdate(UUID budgetId) {
        return find("budgetId", budgetId).withLock(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }
}
