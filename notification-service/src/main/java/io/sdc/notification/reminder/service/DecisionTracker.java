package io.sdc.notification.reminder.service;

import com.fasterxml.jackson.databind.JsonNode;
import io.sdc.platform.events.EventEnvelope;
import io.sdc.platform.events.EventHandler;
import jakarta.enterprise.context.ApplicationScoped;
import io.sdc.notification.reminder.PendingDecision;
import io.sdc.notification.reminder.repository.ReminderRepository;
import jakarta.inject.Inject;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Follows which change requests wait for a decision: from submission or agreement in principle until decided. */
@ApplicationScoped
public class DecisionTracker implements EventHandler {

    private static final Set<String> WAITING = Set.of("contract.change-request.submitted", "contract.change-request.agreed-in-principle");
    private static final Set<String> DECIDED = Set.of("contract.change-request.approved", "contract.change-request.rejected",
            "contract.change-request.withdrawn", "contract.change-request.implemented");

    @Inject
    ReminderRepository reminders;

    @Override
    public boolean handles(String eventType) {
        return WAITING.contains(eventType) || DECIDED.contains(eventType);
    }

    @Override
    public void handle(EventEnvelope event) {
        JsonNode data = event.data();
        UUID id = UUID.fromString(data.path("id").asText());
        Optional<PendingDecision> pending = reminders.pendingDecision(id);
        if (DECIDED.contains(event.type())) {
            pending.ifPresent(reminders::decided);
            return;
        }
        String status = data.path("status").asText();
        if (pending.isEmpty()) {
            reminders.waiting(new PendingDecision(id, UUID.fromString(data.path("contractId").asText()),
                    data.path("reference").asText(), data.path("title").asText(), status, event.time()));
        } else {
            pending.get().waitFrom(status, event.time());
        }
    }
}
