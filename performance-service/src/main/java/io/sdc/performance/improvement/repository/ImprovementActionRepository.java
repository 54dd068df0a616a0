package io.sdc.performance.improvement.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.sdc.performance.improvement.ActionStatus;
import io.sdc.performance.improvement.ImprovementAction;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class ImprovementActionRepository implements PanacheRepositoryBase<ImprovementAction, UUID> {

    /** The key of the advisory lock that makes the daily overdue checks take turns. */
    private static final long OVERDUE_CHECK = 0x494d5052L;

    /**
     * Waits until no other transaction, on this instance or another on the same database, is checking for overdue
     * actions, and holds the turn until this transaction ends (a PostgreSQL transaction-level advisory lock).
     */
    public void takeTurnToCheckOverdue() {
        getEntityManager().createNativeQuery("SELECT 1 FROM pg_advisory_xact_lock(?1)").setParameter(1, OVERDUE_CHECK).getSingleResult();
    }

    /** Actions past their due date that are neither overdue nor complete yet. */
    public List<ImprovementAction> pastDueOn(LocalDate today) {
        return list("dueDate < ?1 and status not in ?2 order by dueDate, id", today, List.of(ActionStatus.OVERDUE, ActionStatus.COMPLETE));
    }

    public List<ImprovementAction> ofPlan(UUID planId) {
        return list("planId = ?1 order by dueDate, title, id", planId);
    }

    public List<ImprovementAction> ofRecommendation(UUID recommendationId) {
        return list("recommendationId = ?1 order by dueDate, title, id", recommendationId);
    }
}
