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

/**
 * Every morning, reminds owners of due dates near: each action neither overdue nor complete whose due date is within
 * the next {@code sdc.improvement-actions.reminder-days} days is announced due soon, once per action and due date (a
 * re-planned due date is reminded again). Every instance runs it; the checks take turns with each other and with the
 * overdue check (across instances too), and the next one finds the actions already reminded. The reminders sent are
 * kept in a table of their own (a reminder is announced only when its row is new): the action itself, its version and
 * its audit history are unchanged by them.
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
    @Scheduled(cron = "${sdc.improvement-actions.reminder-cron:0 0 7 * * ?}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    public void announceDueSoon() {
        QuarkusTransaction.requiringNew().run(() -> {
            changeContext.actAsSystem("The daily reminder found the action's due date near");
            actions.takeTurnToCheckDueDates();
            LocalDate today = LocalDate.now(clock);
            int days = config.reminderDays();
            for (ImprovementAction action : actions.dueWithoutReminder(today, today.plusDays(days))) {
                if (action.isDueWithin(today, days) && actions.keepReminder(action, today)) {
                    outbox.publish(ImprovementActionAnnouncement.DUE_SOON, action.subject(), ImprovementActionAnnouncement.of(action, today));
                }
            }
        });
    }
}
