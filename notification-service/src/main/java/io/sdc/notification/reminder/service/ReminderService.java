package io.sdc.notification.reminder;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import io.sdc.notification.delivery.About;
import io.sdc.notification.delivery.Notification;
import io.sdc.notification.delivery.service.Dispatcher;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Raises reminders for what is due, once per due item: a change request that has waited for a decision longer than
 * {@code sdc.reminders.decision-after}; a monitoring return or performance observations not received
 * {@code sdc.reminders.return-grace} after the end of the last quarter; the end of a contract year, and its annual
 * review, within {@code sdc.reminders.review-before}; a milestone's date within {@code sdc.reminders.milestone-before}
 * without its target judgement. Runs every morning, once across instances.
 */
@ApplicationScoped
public class ReminderService {

    public static final String DECISION_WAITING = "reminder.decision-waiting";
    public static final String RETURN_OVERDUE = "reminder.return-overdue";
    public static final String OBSERVATIONS_OVERDUE = "reminder.observations-overdue";
    public static final String ANNUAL_REVIEW_DUE = "reminder.annual-review-due";
    public static final String MILESTONE_APPROACHING = "reminder.milestone-approaching";

    /** The PostgreSQL advisory lock key a reminder run holds for its transaction ("SDC-REMI" in ASCII). */
    static final long RUN_LOCK = 0x5344432d52454d49L;

    private static final org.jboss.logging.Logger LOG = org.jboss.logging.Logger.getLogger(ReminderService.class);

    @ConfigProperty(name = "sdc.reminders.milestone-before", defaultValue = "P60D")
    java.time.Period milestoneBefore;

    private static final java.time.ZoneId UK = java.time.ZoneId.of("Europe/London");

    @ConfigProperty(name = "sdc.reminders.return-grace", defaultValue = "P20D")
    java.time.Period returnGrace;

    @ConfigProperty(name = "sdc.reminders.review-before", defaultValue = "P30D")
    java.time.Period reviewBefore;

    @Inject
    EntityManager entityManager;

    @Inject
    Dispatcher dispatcher;

    @ConfigProperty(name = "sdc.reminders.decision-after", defaultValue = "P10D")
    Duration decisionAfter;

    @Scheduled(cron = "${sdc.reminders.cron:0 0 7 * * ?}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void everyMorning() {
        raiseDue(Instant.now());
    }

    /**
     * Raises the reminders due at {@code now}; returns how many were raised. Runs once across the instances sharing the
     * database: the run holds a transaction-level advisory lock, and an instance that finds it held (another is raising
     * the same reminders at this moment) does nothing. A run that starts after another committed sees its reminders.
     */
    public int raiseDue(Instant now) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Boolean alone = (Boolean) entityManager.createNativeQuery("SELECT pg_try_advisory_xact_lock(?1)")
                    .setParameter(1, RUN_LOCK).getSingleResult();
            if (!Boolean.TRUE.equals(alone)) {
                LOG.info("Another instance is raising the reminders now; this one leaves them to it");
                return 0;
            }
            return decisions(now) + submissions(now) + reviews(now) + milestones(now);
        });
    }

    private int decisions(Instant now) {
        List<PendingDecision> waiting = entityManager.createQuery(
                        "select p from PendingDecision p where p.waitingSince < :cutoff order by p.waitingSince", PendingDecision.class)
                .setParameter("cutoff", now.minus(decisionAfter)).getResultList();
        int raised = 0;
        for (PendingDecision pending : waiting) {
            long days = Duration.between(pending.waitingSince(), now).toDays();
            raised += raise(DECISION_WAITING, pending.changeRequestId() + ":" + pending.status(), pending.contractId(),
                    new About(About.CHANGE_REQUEST, pending.changeRequestId().toString()),
                    "Change request " + pending.reference() + " '" + pending.title() + "' has waited " + days
                            + " days for a decision (" + pending.status() + ")",
                    "Change request " + pending.reference() + " has been " + pending.status() + " since " + pending.waitingSince()
                            + " and awaits the council's decision.", now);
        }
        return raised;
    }

    /** The last calendar quarter that ended at least the grace period ago: its return and observations are due. */
    private int submissions(Instant now) {
        java.time.LocalDate today = java.time.LocalDate.ofInstant(now, UK);
        java.time.YearMonth quarterStart = java.time.YearMonth.from(today.minus(returnGrace))
                .minusMonths((today.minus(returnGrace).getMonthValue() - 1) % 3).minusMonths(3);
        java.time.LocalDate start = quarterStart.atDay(1);
        java.time.LocalDate end = quarterStart.plusMonths(2).atEndOfMonth();
        String period = start.getYear() + "-Q" + ((start.getMonthValue() - 1) / 3 + 1);
        int raised = 0;
        for (Object[] contract : contracts()) {
            UUID id = (UUID) contract[0];
            if (end.isBefore((java.time.LocalDate) contract[2]) || start.isAfter((java.time.LocalDate) contract[3])) {
                continue;
            }
            for (String[] kind : new String[][] {{ReminderSources.RETURN, RETURN_OVERDUE, "monitoring return"},
                    {ReminderSources.OBSERVATIONS, OBSERVATIONS_OVERDUE, "performance observations"}}) {
                if (!received(id, kind[0], period)) {
                    raised += raise(kind[1], id + ":" + period, id, null, "The " + kind[2] + " for " + period + " of contract " + contract[1]
                                    + " has not arrived",
                            "The " + kind[2] + " for " + period + " (ended " + end + ") was due by " + end.plus(returnGrace) + ".", now);
                }
            }
        }
        return raised;
    }

    /** A contract year ending within the notice period without its annual review recorded. */
    private int reviews(Instant now) {
        java.time.LocalDate today = java.time.LocalDate.ofInstant(now, UK);
        int raised = 0;
        for (Object[] contract : contracts()) {
            UUID id = (UUID) contract[0];
            java.time.MonthDay yearStart = java.time.MonthDay.of((Integer) contract[4], (Integer) contract[5]);
            java.time.LocalDate startThisYear = yearStart.atYear(today.getYear());
            java.time.LocalDate start = today.isBefore(startThisYear) ? yearStart.atYear(today.getYear() - 1) : startThisYear;
            java.time.LocalDate end = yearStart.atYear(start.getYear() + 1).minusDays(1);
            String label = start.getYear() + "/" + String.format("%02d", (start.getYear() + 1) % 100);
            if (end.isAfter((java.time.LocalDate) contract[3]) || end.minus(reviewBefore).isAfter(today) || reviewed(id, label)) {
                continue;
            }
            raised += raise(ANNUAL_REVIEW_DUE, id + ":" + label, id, null, "The annual contract review of " + label + " for contract "
                            + contract[1] + " is approaching",
                    "Contract year " + label + " ends on " + end + "; its annual review is not recorded yet.", now);
        }
        return raised;
    }

    /** A milestone whose date is within the notice period and whose target judgement is not yet reached. */
    @SuppressWarnings("unchecked")
    private int milestones(Instant now) {
        java.time.LocalDate today = java.time.LocalDate.ofInstant(now, UK);
        List<Object[]> due = entityManager.createNativeQuery("""
                        SELECT id, contract_id, title, due_date FROM known_milestone
                        WHERE NOT met AND due_date >= ?1 AND due_date <= ?2 ORDER BY due_date""")
                .setParameter(1, today).setParameter(2, today.plus(milestoneBefore)).getResultList();
        int raised = 0;
        for (Object[] milestone : due) {
            raised += raise(MILESTONE_APPROACHING, milestone[0].toString(), (UUID) milestone[1],
                    new About(About.MILESTONE, milestone[0].toString()),
                    "Milestone '" + milestone[2] + "' is due on " + milestone[3] + " and not yet met",
                    "The milestone's target judgement has not been reached by an inspection so far.", now);
        }
        return raised;
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> contracts() {
        return entityManager.createNativeQuery("""
                SELECT id, reference, commencement_date, expiry_date, contract_year_start_month, contract_year_start_day
                FROM known_contract ORDER BY reference""").getResultList();
    }

    private boolean received(UUID contract, String kind, String period) {
        return ((Number) entityManager.createNativeQuery(
                        "SELECT count(*) FROM received_submission WHERE contract_id = ?1 AND kind = ?2 AND period = ?3")
                .setParameter(1, contract).setParameter(2, kind).setParameter(3, period).getSingleResult()).longValue() > 0;
    }

    private boolean reviewed(UUID contract, String year) {
        return ((Number) entityManager.createNativeQuery(
                        "SELECT count(*) FROM recorded_review WHERE contract_id = ?1 AND contract_year = ?2")
                .setParameter(1, contract).setParameter(2, year).getSingleResult()).longValue() > 0;
    }

    /** Raises one reminder (about {@code about}; null: the contract only) unless this item already had it; returns 1 if raised. */
    private int raise(String kind, String key, UUID contract, About about, String title, String body, Instant now) {
        long known = ((Number) entityManager.createNativeQuery("SELECT count(*) FROM reminder WHERE kind = ?1 AND item_key = ?2")
                .setParameter(1, kind).setParameter(2, key).getSingleResult()).longValue();
        if (known > 0) {
            return 0;
        }
        Notification notification = new Notification(UUID.randomUUID(), kind, contract, about, Notification.Severity.ACTION, title, body, now);
        dispatcher.dispatch(notification, Optional.empty());
        entityManager.flush();
        entityManager.createNativeQuery("INSERT INTO reminder (id, kind, item_key, notification_id, raised_at) VALUES (?1, ?2, ?3, ?4, ?5)")
                .setParameter(1, UUID.randomUUID()).setParameter(2, kind).setParameter(3, key)
                .setParameter(4, notification.id()).setParameter(5, now).executeUpdate();
        return 1;
    }
}
