package io.sdc.finance.budget.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.sdc.finance.budget.Budget;
import io.sdc.platform.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class BudgetRepository implements PanacheRepositoryBase<Budget, UUID> {

    /** The budget, or a 404 problem naming it. */
    public Budget get(UUID id) {
        return findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("budget", id));
    }

    /**
     * The budget, its row locked: {@code exclusive} while the year is being closed (finalising its outturn), shared
     * while a monitoring return for it is taken, so that a return and the year's closing never pass each other.
     */
    public Budget getLocked(UUID id, boolean exclusive) {
        return findByIdOptional(id, exclusive ? LockModeType.PESSIMISTIC_WRITE : LockModeType.PESSIMISTIC_READ)
                .orElseThrow(() -> ProblemException.notFound("budget", id));
    }

    public Optional<Budget> of(UUID contractId, String financialYear) {
        return find("contractId = ?1 and financialYear = ?2", contractId, financialYear).firstResultOptional();
    }

    public List<Budget> ofContract(UUID contractId) {
        return list("contractId = ?1 order by financialYear", contractId);
    }
}
