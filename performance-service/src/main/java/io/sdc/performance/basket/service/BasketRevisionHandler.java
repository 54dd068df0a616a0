package io.sdc.performance.basket.service;

import com.fasterxml.jackson.databind.JsonNode;
import io.sdc.platform.events.EventEnvelope;
import io.sdc.platform.events.EventHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

/**
 * Follows contract-service's PI basket revision change requests: raising or submitting one proposes the basket
 * version it references; approval puts that version in force from the change's effective date; rejection or
 * withdrawal makes it a draft again.
 */
@ApplicationScoped
public class BasketRevisionHandler implements EventHandler {

    private static final Set<String> PROPOSING = Set.of("contract.change-request.raised", "contract.change-request.revised",
            "contract.change-request.submitted", "contract.change-request.agreed-in-principle");
    private static final String APPROVED = "contract.change-request.approved";
    private static final Set<String> ENDING = Set.of("contract.change-request.rejected", "contract.change-request.withdrawn");

    @Inject
    BasketService baskets;

    @Override
    public boolean handles(String eventType) {
        return PROPOSING.contains(eventType) || APPROVED.equals(eventType) || ENDING.contains(eventType);
    }

    @Override
    public void handle(EventEnvelope event) {
        JsonNode change = event.data();
        if (!"PI_BASKET_REVISION".equals(change.path("type").asText()) || !change.hasNonNull("basketVersionId")) {
            return;
        }
        UUID basket = UUID.fromString(change.get("basketVersionId").asText());
        UUID contract = UUID.fromString(change.path("contractId").asText());
        UUID changeRequest = UUID.fromString(change.path("id").asText());
        if (APPROVED.equals(event.type())) {
            baskets.activateByChange(basket, contract, changeRequest, LocalDate.parse(change.path("effectiveDate").asText()));
        } else if (ENDING.contains(event.type())) {
            baskets.withdrawProposal(basket, contract);
        } else {
            baskets.propose(basket, contract, changeRequest);
        }
    }
}
