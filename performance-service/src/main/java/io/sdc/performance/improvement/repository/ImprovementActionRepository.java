package io.sdc.performance.improvement.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.sdc.performance.improvement.ActionStatus;
import io.sdc.performance.improvement.ImprovementAction;
import io.sdc.platform.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class ImprovementActionRepository implements PanacheRepositoryBase<ImprovementAction, UUID> {

    /** The key of the advisory lock that makes the daily checks of due dates (overdue, reminders) take turns. */
    private static final long DUE_DATE_CHECK = 0x494d5052L;

    /**
     * Waits until no other transaction, on this instance or another on the same database, is checking actions' due
     * dates (for overdue actions or reminders), and holds the turn until this transaction ends (a PostgreSQL
     * transaction-level advisory lock).
     */
    public void takeTurnToCheckDueDates() {
        getEntityManager().createNativeQuery("SELECT 1 FROM pg_advisory_xact_lock(?1)").setParameter(1, DUE_DATE_CHECK).getSingleResult();
    }

    /** Actions past their due date that are neither overdue nor complete yet. */
    public List<ImprovementAction> pastDueOn(LocalDate today) {
        return list("dueDate < ?1 and status not in ?2 order by dueDate, id", today, List.of(ActionStatus.OVERDUE, ActionStatus.COMPLETE));
    }

    /** The action with the id (404 when there is none). */
    public ImprovementAction require(UUID id) {
        return findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("improvement action", id));
    }

    /**
     * Actions neither overdue nor complete due from {@code today} to {@code lastDay}, whose owner was not reminded of
     * their current due date (no row in improvement_action_reminder for it).
     */
    @SuppressWarnings("unchecked")
    public List<ImprovementAction> dueWithoutReminder(LocalDate today, LocalDate lastDay) {
        return getEntityManager().createNativeQuery("""
                        SELECT a.* FROM improvement_action a
                        WHERE a.due_date BETWEEN ?1 AND ?2 AND a.status NOT IN ('OVERDUE', 'COMPLETE')
                          AND NOT EXISTS (SELECT 1 FROM improvement_action_reminder r WHERE r.action_id = a.id AND r.due_date = a.due_date)
                        ORDER BY a.due_date, a.id""", ImprovementAction.class)
                .setParameter(1, today).setParameter(2, lastDay).getResultList();
    }

    /**
     * Keeps that the action's owner was reminded on {@code today} of its current due date, without changing the action.
     * Answers whether this call kept it (false when the owner was already reminded of that due date).
     */
    public boolean keepReminder(ImprovementAction action, LocalDate today) {
        return getEntityManager().createNativeQuery("""
                        INSERT INTO improvement_action_reminder (action_id, due_date, reminded_on) VALUES (?1, ?2, ?3)
                        ON CONFLICT DO NOTHING""")
                .setParameter(1, action.id()).setParameter(2, action.dueDate()).setParameter(3, today).executeUpdate() == 1;
    }

    public List<ImprovementAction> ofPlan(UUID planId) {
        return list("planId = ?1 order by dueDate, title, id", planId);
    }

    public List<ImprovementAction> ofRecommendation(UUID recommendationId) {
        return list("recommendationId = ?1 order by dueDate, title, id", recommendationId);
    }
}
