package io.sdc.performance.improvement.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import io.sdc.performance.improvement.ImprovementAction;
import io.sdc.performance.improvement.events.ImprovementActionAnnouncement;
import io.sdc.performance.improvement.repository.ImprovementActionRepository;
import io.sdc.platform.audit.ChangeContext;
import io.sdc.platform.events.EventOutbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.LocalDate;
import java.util.function.Consumer;

/**
 * The daily checks of improvement actions' due dates. Every morning, actions whose due date has passed become OVERDUE
 * and are announced, each once; later, owners are reminded of due dates near: each action neither overdue nor complete
 * whose due date is within the next {@code sdc.improvement-actions.reminder-days} days is announced due soon, once per
 * action and due date (a re-planned due date is reminded again). Every instance runs both; each check runs in a
 * transaction of its own, as the system, and the checks take turns with each other (across instances too), so the
 * next one finds the actions already overdue or reminded. The reminders sent are kept in a table of their own (a
 * reminder is announced only when its row is new): the action itself, its version and its audit history are
 * unchanged by them.
 */
@ApplicationScoped
public class ImprovementActionReminders {

    @Inject
    ImprovementActionRepository actions;

    @Inject
    EventOutbox outbox;

    @Inject
    ChangeContext changeContext;

    @Inject
    ImprovementActionsConfig config;

    @Inject
    Clock clock;

    @ActivateRequestContext
    @Scheduled(cron = "${sdc.improvement-actions.overdue-cron:0 20 6 * * ?}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    public void announceOverdue() {
        checkDueDates("The daily check found the action past its due date", today -> {
            for (ImprovementAction action : actions.pastDueOn(today)) {
                if (action.markOverdue(today)) {
                    outbox.publish(ImprovementActionAnnouncement.OVERDUE, action.subject(), ImprovementActionAnnouncement.of(action, today));
                }
            }
            actions.flush();
        });
    }

    @ActivateRequestContext
    @Scheduled(cron = "${sdc.improvement-actions.reminder-cron:0 0 7 * * ?}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    public void announceDueSoon() {
        checkDueDates("The daily reminder found the action's due date near", today -> {
            int days = config.reminderDays();
            for (ImprovementAction action : actions.dueWithoutReminder(today, today.plusDays(days))) {
                if (action.isDueWithin(today, days) && actions.keepReminder(action, today)) {
                    outbox.publish(ImprovementActionAnnouncement.DUE_SOON, action.subject(), ImprovementActionAnnouncement.of(action, today));
                }
            }
        });
    }

    /** Runs a check of today's due dates in a transaction of its own, as the system for the reason given, in turn. */
    private void checkDueDates(String why, Consumer<LocalDate> check) {
        QuarkusTransaction.requiringNew().run(() -> {
            changeContext.actAsSystem(why);
            actions.takeTurnToCheckDueDates();
            check.accept(LocalDate.now(clock));
        });
    }
}
