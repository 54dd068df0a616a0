package io.sdc.performance.improvement.service;

import io.sdc.performance.improvement.ImprovementAction;
import io.sdc.performance.improvement.Party;
import io.sdc.performance.improvement.events.ImprovementActionReplanned;
import io.sdc.performance.improvement.repository.ImprovementActionRepository;
import io.sdc.platform.audit.ChangeAuthor;
import io.sdc.platform.audit.ChangeContext;
import io.sdc.platform.events.EventOutbox;
import io.sdc.platform.rest.EntityTags;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Re-plans improvement actions: the council changes an action's title, owner party, owner or due date, the trust the
 * named owner of its own actions, each with a reason kept in the action's re-plans and the audit history; publishes
 * {@value ImprovementActionReplanned#TYPE} so that owners hear of it.
 */
@ApplicationScoped
public class ImprovementActionReplanning {

    @Inject
    ImprovementActionRepository actions;

    @Inject
    EventOutbox outbox;

    @Inject
    ChangeContext changeContext;

    @Inject
    Clock clock;

    /** Re-plans the action at the version read, as the party the caller's role acts for, with a reason. */
    @Transactional
    public ImprovementAction replan(UUID id, long expectedVersion, String title, Party ownerParty, String owner, LocalDate dueDate,
                                    String reason) {
        String given = changeContext.requireReason("re-plan an improvement action", reason);
        ImprovementAction action = actions.require(id);
        EntityTags.requireCurrent("improvement action", action.version(), expectedVersion);
        ChangeAuthor author = changeContext.author();
        Party party = Party.actingFor(author.role(), "re-plans an action");
        LocalDate previousDueDate = action.dueDate();
        Party previousOwnerParty = action.ownerParty();
        action.replan(party, author.actor(), title, ownerParty, owner, dueDate, given, LocalDate.now(clock));
        actions.flush();
        outbox.publish(ImprovementActionReplanned.TYPE, action.subject(), ImprovementActionReplanned.of(action, previousDueDate, previousOwnerParty, given));
        return action;
    }
}
