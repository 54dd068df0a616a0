package io.sdc.contract.changerequest.service;

import com.fasterxml.jackson.databind.JsonNode;
import io.sdc.contract.changerequest.ChangeRequestType;
import io.sdc.platform.events.EventEnvelope;
import io.sdc.platform.events.EventHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.Map;
import java.util.UUID;

/**
 * Follows the services that apply approved change requests: when finance-service cannot record a budget variation
 * ({@code finance.budget-variation.refused}) or performance-service cannot activate a revised PI basket
 * ({@code performance.basket-revision.refused}), the change request records the implementation failure and
 * contract-service announces it, so that the commissioner is told instead of the change failing unseen.
 */
@ApplicationScoped
public class DownstreamRefusalHandler implements EventHandler {

    static final int MAX_REASON_LENGTH = 2000;

    /** Per refusal event type: the service that refuses, and the kind of change it applies. */
    private static final Map<String, Refuser> REFUSERS = Map.of(
            "finance.budget-variation.refused", new Refuser("finance-service", ChangeRequestType.BUDGET_VARIATION),
            "performance.basket-revision.refused", new Refuser("performance-service", ChangeRequestType.PI_BASKET_REVISION));

    @Inject
    ChangeRequestService changeRequests;

    @Override
    public boolean handles(String eventType) {
        return REFUSERS.containsKey(eventType);
    }

    @Override
    public void handle(EventEnvelope event) {
        Refuser refuser = REFUSERS.get(event.type());
        JsonNode refusal = event.data();
        UUID changeRequest = uuid(refusal, "changeRequestId");
        UUID contract = uuid(refusal, "contractId");
        if (event.subject() != null && !event.subject().equals(contract.toString())) {
            throw new IllegalArgumentException("The refusal's subject " + event.subject() + " is not its contract " + contract);
        }
        changeRequests.recordImplementationFailure(changeRequest, contract, refuser.changeType(), refuser.service(),
                reason(refusal));
    }

    private static UUID uuid(JsonNode data, String field) {
        try {
            return UUID.fromString(data.path(field).asText());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("The refusal's " + field + " is not a UUID", e);
        }
    }

    /** The reason as the service gave it, without characters the database cannot keep, within a bounded length. */
    private static String reason(JsonNode data) {
        String reason = data.path("reason").asText("").replace("\u0000", "").strip();
        if (reason.isEmpty()) {
            return "No reason was given";
        }
        return reason.length() <= MAX_REASON_LENGTH ? reason : reason.substring(0, MAX_REASON_LENGTH - 1) + "…";
    }

    private record Refuser(String service, ChangeRequestType changeType) {
    }
}
