package io.sdc.notification.reminder.service;

import com.fasterxml.jackson.databind.JsonNode;
import io.sdc.platform.events.EventEnvelope;
import io.sdc.platform.events.EventHandler;
import jakarta.enterprise.context.ApplicationScoped;
import io.sdc.notification.reminder.KnownContract;
import io.sdc.notification.reminder.KnownMilestone;
import io.sdc.notification.reminder.repository.ReminderRepository;
import jakarta.inject.Inject;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Set;
import java.util.UUID;

/**
 * Keeps what the reminders need from the producers' events: each contract's term and contract year, the periods
 * for which a monitoring return or observations arrived, the contract years whose annual review was recorded.
 */
@ApplicationScoped
public class ReminderSources implements EventHandler {

    static final String RETURN = "monitoring-return";
    static final String OBSERVATIONS = "observations";

    private static final Set<String> CONTRACT = Set.of("contract.registered", "contract.revised", "contract.status-changed");

    @Inject
    ReminderRepository reminders;

    @Override
    public boolean handles(String eventType) {
        return CONTRACT.contains(eventType) || eventType.equals("finance.monitoring-return.imported")
                || eventType.equals("performance.milestone.added") || eventType.equals("performance.milestone.met")
                || eventType.equals("performance.observation.recorded") || eventType.equals("contract.annual-review.recorded");
    }

    @Override
    public void handle(EventEnvelope event) {
        JsonNode data = event.data();
        UUID contract = UUID.fromString(event.subject());
        switch (event.type()) {
            case "finance.monitoring-return.imported" -> reminders.received(contract, RETURN, data.path("period").asText());
            case "performance.observation.recorded" -> reminders.received(contract, OBSERVATIONS, data.path("period").asText());
            case "performance.milestone.added" -> reminders.knowMilestone(new KnownMilestone(UUID.fromString(data.path("id").asText()),
                            contract, data.path("title").asText(), LocalDate.parse(data.path("dueDate").asText())),
                    data.path("targetJudgement").asText(), "MET".equals(data.path("status").asText()));
            case "performance.milestone.met" -> reminders.milestoneMet(UUID.fromString(data.path("id").asText()));
            case "contract.annual-review.recorded" -> reminders.reviewed(contract, data.path("contractYear").asText());
            default -> reminders.knowContract(new KnownContract(contract, data.path("reference").asText(),
                    LocalDate.parse(data.path("commencementDate").asText()), LocalDate.parse(data.path("expiryDate").asText()),
                    MonthDay.parse(data.path("contractYearStart").asText())));
        }
    }
}
