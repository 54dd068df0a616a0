package io.sdc.notification.reminder;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
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
 * {@code sdc.reminders.decision-after}. Runs every morning.
 */
@ApplicationScoped
public class ReminderService {

    public static final String DECISION_WAITING = "reminder.decision-waiting";

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

    /** Raises the reminders due at {@code now}; returns how many were raised. */
    public int raiseDue(Instant now) {
        return QuarkusTransaction.requiringNew().call(() -> {
            List<PendingDecision> waiting = entityManager.createQuery(
                            "select p from PendingDecision p where p.waitingSince < :cutoff order by p.waitingSince", PendingDecision.class)
                    .setParameter("cutoff", now.minus(decisionAfter)).getResultList();
            int raised = 0;
            for (PendingDecision pending : waiting) {
                String key = pending.changeRequestId() + ":" + pending.status();
                long known = ((Number) entityManager.createNativeQuery("SELECT count(*) FROM reminder WHERE kind = ?1 AND item_key = ?2")
                        .setParameter(1, DECISION_WAITING).setParameter(2, key).getSingleResult()).longValue();
                if (known > 0) {
                    continue;
                }
                long days = Duration.between(pending.waitingSince(), now).toDays();
                Notification notification = new Notification(UUID.randomUUID(), DECISION_WAITING, pending.contractId(),
                        Notification.Severity.ACTION, "Change request " + pending.reference() + " '" + pending.title() + "' has waited "
                        + days + " days for a decision (" + pending.status() + ")",
                        "Change request " + pending.reference() + " has been " + pending.status() + " since " + pending.waitingSince()
                                + " and awaits the council's decision.", now);
                dispatcher.dispatch(notification, Optional.empty());
                entityManager.flush();
                entityManager.createNativeQuery("INSERT INTO reminder (id, kind, item_key, notification_id, raised_at) VALUES (?1, ?2, ?3, ?4, ?5)")
                        .setParameter(1, UUID.randomUUID()).setParameter(2, DECISION_WAITING).setParameter(3, key)
                        .setParameter(4, notification.id()).setParameter(5, now).executeUpdate();
                raised++;
            }
            return raised;
        });
    }
}
