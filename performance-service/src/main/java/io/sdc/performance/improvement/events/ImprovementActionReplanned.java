package io.sdc.performance.improvement.events;

import io.sdc.performance.improvement.ImprovementAction;
import io.sdc.performance.improvement.Party;
import io.sdc.platform.events.DomainEvent;
import io.sdc.platform.events.EventData;

import java.time.LocalDate;
import java.util.UUID;

/**
 * An improvement action was re-planned ({@value #TYPE}): its title, owner party, owner and due date now, the due date
 * and owning party before (the same when they did not change), and why. Its contract is null while the council holds the
 * plan before a trust exists.
 */
@EventData(types = ImprovementActionReplanned.TYPE)
public record ImprovementActionReplanned(UUID id, UUID recommendationId, UUID planId, UUID contractId, String title,
                                         String ownerParty, String owner, LocalDate dueDate, LocalDate previousDueDate,
                                         String previousOwnerParty, String reason) implements DomainEvent {

    public static final String TYPE = "performance.improvement-action.replanned";

    public static ImprovementActionReplanned of(ImprovementAction action, LocalDate previousDueDate, Party previousOwnerParty,
                                                String reason) {
        return new ImprovementActionReplanned(action.id(), action.recommendationId(), action.planId(), action.contractId(),
                action.title(), action.ownerParty().name(), action.owner(), action.dueDate(), previousDueDate,
                previousOwnerParty.name(), reason);
    }
}
