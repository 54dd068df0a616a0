package io.sdc.notification.reminder.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import io.sdc.notification.delivery.About;
import io.sdc.notification.delivery.Notification;
import io.sdc.notification.delivery.service.Dispatcher;
import io.sdc.notification.reminder.ContractYear;
import io.sdc.notification.reminder.KnownContract;
import io.sdc.notification.reminder.KnownMilestone;
import io.sdc.notification.reminder.PendingDecision;
import io.sdc.notification.reminder.Quarter;
import io.sdc.notification.reminder.repository.ReminderRepository;
import io.sdc.platform.time.BusinessClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
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

    private static final Logger LOG = Logger.getLogger(ReminderService.class);

    @ConfigProperty(name = "sdc.reminders.milestone-before", defaultValue = "P60D")
    Period milestoneBefore;

    @ConfigProperty(name = "sdc.reminders.return-grace", defaultValue = "P20D")
    Period returnGrace;

    @ConfigProperty(name = "sdc.reminders.review-before", defaultValue = "P30D")
    Period reviewBefore;

    @ConfigProperty(name = "sdc.reminders.decision-after", defaultValue = "P10D")
    Duration decisionAfter;

    @Inject
    ReminderRepository reminders;

    @Inject
    Dispatcher dispatcher;

    @Inject
    Clock clock;

    @Scheduled(cron = "${sdc.reminders.cron:0 0 7 * * ?}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void everyMorning() {
        raiseDue(Instant.now(clock));
    }

    /**
     * Raises the reminders due at {@code now}; returns how many were raised. Runs once across the instances sharing the
     * database: the run holds a transaction-level advisory lock, and an instance that finds it held (another is raising
     * the same reminders at this moment) does nothing. A run that starts after another committed sees its reminders.
     */
    public int raiseDue(Instant now) {
        return QuarkusTransaction.requiringNew().call(() -> {
            if (!reminders.tryRunLock(RUN_LOCK)) {
                LOG.info("Another instance is raising the reminders now; this one leaves them to it");
                return 0;
            }
            return decisions(now) + submissions(now) + reviews(now) + milestones(now);
        });
    }

    private int decisions(Instant now) {
        int raised = 0;
        for (PendingDecision pending : reminders.waitingSince(now.minus(decisionAfter))) {
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
        Quarter quarter = Quarter.lastDue(LocalDate.ofInstant(now, BusinessClock.UK), returnGrace);
        String period = quarter.label();
        int raised = 0;
        for (KnownContract contract : reminders.contracts()) {
            if (!contract.inForceDuring(quarter.start(), quarter.end())) {
                continue;
            }
            for (Submission kind : QUARTERLY) {
                if (!reminders.hasReceived(contract.id(), kind.source(), period)) {
                    raised += raise(kind.reminder(), contract.id() + ":" + period, contract.id(), null, "The " + kind.words() + " for "
                                    + period + " of contract " + contract.reference() + " has not arrived",
                            "The " + kind.words() + " for " + period + " (ended " + quarter.end() + ") was due by "
                                    + quarter.end().plus(returnGrace) + ".", now);
                }
            }
        }
        return raised;
    }

    /** What arrives each quarter (as {@link ReminderSources} keeps it), the reminder of its absence, and its name in words. */
    private record Submission(String source, String reminder, String words) {
    }

    private static final List<Submission> QUARTERLY = List.of(
            new Submission(ReminderSources.RETURN, RETURN_OVERDUE, "monitoring return"),
            new Submission(ReminderSources.OBSERVATIONS, OBSERVATIONS_OVERDUE, "performance observations"));

    /** A contract year ending within the notice period without its annual review recorded. */
    private int reviews(Instant now) {
        LocalDate today = LocalDate.ofInstant(now, BusinessClock.UK);
        int raised = 0;
        for (KnownContract contract : reminders.contracts()) {
            Optional<ContractYear> year = contract.reviewApproaching(today, reviewBefore)
                    .filter(approaching -> !reminders.hasReviewed(contract.id(), approaching.label()));
            if (year.isPresent()) {
                String label = year.get().label();
                raised += raise(ANNUAL_REVIEW_DUE, contract.id() + ":" + label, contract.id(), null, "The annual contract review of "
                                + label + " for contract " + contract.reference() + " is approaching",
                        "Contract year " + label + " ends on " + year.get().end() + "; its annual review is not recorded yet.", now);
            }
        }
        return raised;
    }

    /** A milestone whose date is within the notice period and whose target judgement is not yet reached. */
    private int milestones(Instant now) {
        LocalDate today = LocalDate.ofInstant(now, BusinessClock.UK);
        int raised = 0;
        for (KnownMilestone milestone : reminders.unmetMilestonesDue(today, today.plus(milestoneBefore))) {
            raised += raise(MILESTONE_APPROACHING, milestone.id().toString(), milestone.contractId(),
                    new About(About.MILESTONE, milestone.id().toString()),
                    "Milestone '" + milestone.title() + "' is due on " + milestone.dueDate() + " and not yet met",
                    "The milestone's target judgement has not been reached by an inspection so far.", now);
        }
        return raised;
    }

    /** Raises one reminder (about {@code about}; null: the contract only) unless this item already had it; returns 1 if raised. */
    private int raise(String kind, String key, UUID contract, About about, String title, String body, Instant now) {
        if (reminders.raised(kind, key)) {
            return 0;
        }
        Notification notification = new Notification(UUID.randomUUID(), kind, contract, about, Notification.Severity.ACTION, title, body, now);
        dispatcher.dispatch(notification, Optional.empty());
        reminders.recordRaised(kind, key, notification.id(), now);
        return 1;
    }
}
