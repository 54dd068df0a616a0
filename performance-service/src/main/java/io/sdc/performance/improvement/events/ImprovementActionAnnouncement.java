package io.sdc.performance.improvement.events;

import io.sdc.performance.improvement.ActionStatus;
import io.sdc.performance.improvement.ImprovementAction;
import io.sdc.performance.improvement.Party;
import io.sdc.platform.events.DomainEvent;
import io.sdc.platform.events.EventData;

import java.time.LocalDate;
import java.util.UUID;

/**
 * An improvement action was added ({@value #ADDED}), confirmed complete by the council ({@value #COMPLETED}), found
 * overdue by the daily check ({@value #OVERDUE}, once per action) or found due within the days the daily reminder looks
 * ahead ({@value #DUE_SOON}, once per action and due date): the action, its owner, due date and status on the day of the
 * event.
 */
@EventData(types = {ImprovementActionAnnouncement.ADDED, ImprovementActionAnnouncement.COMPLETED, ImprovementActionAnnouncement.OVERDUE,
        ImprovementActionAnnouncement.DUE_SOON})
public record ImprovementActionAnnouncement(UUID id, UUID recommendationId, UUID planId, UUID contractId, String title,
                                            Party ownerParty, String owner, LocalDate dueDate, ActionStatus status, LocalDate asOf,
                                            String completionConfirmedBy) implements DomainEvent {

    public static final String ADDED = "performance.improvement-action.added";
    public static final String DUE_SOON = "performance.improvement-action.due-soon";
    public static final String COMPLETED = "performance.improvement-action.completed";
    public static final String OVERDUE = "performance.improvement-action.overdue";

    public static ImprovementActionAnnouncement of(ImprovementAction action, LocalDate asOf) {
        return new ImprovementActionAnnouncement(action.id(), action.recommendationId(), action.planId(), action.contractId(),
                action.title(), action.ownerParty(), action.owner(), action.dueDate(), action.status(), asOf,
                action.completionConfirmedBy());
    }
}
