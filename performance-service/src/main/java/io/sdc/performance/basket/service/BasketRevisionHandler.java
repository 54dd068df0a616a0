package io.sdc.performance.basket.service;

import com.fasterxml.jackson.databind.JsonNode;
import io.sdc.platform.events.EventEnvelope;
import io.sdc.platform.events.EventHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Follows contract-service's PI basket revision change requests: raising or submitting one proposes the basket
 * version it references; approval puts that version in force from the change's effective date; rejection or
 * withdrawal makes it a draft again. An approval that cannot be applied here (the version is unknown, another
 * contract's, not in preparation, empty, or would take effect too early) changes nothing and is answered with
 * {@code performance.basket-revision.refused} in the same transaction, for contract-service to record and tell.
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
        if (!"PI_BASKET_REVISION".equals(change.path("type").asText())) {
            return;
        }
        UUID contract = UUID.fromString(change.path("contractId").asText());
        UUID changeRequest = UUID.fromString(change.path("id").asText());
        Optional<UUID> basket = uuid(change.path("basketVersionId"));
        if (APPROVED.equals(event.type())) {
            Optional<LocalDate> effectiveDate = date(change.path("effectiveDate"));
            Optional<String> refusal;
            if (basket.isEmpty()) {
                refusal = Optional.of("The change request names no PI basket version that performance-service could put in force"
                        + (change.hasNonNull("basketVersionId") ? " ('" + change.get("basketVersionId").asText() + "' is not a basket version id)" : "")
                        + ": raise a change request naming the drafted basket version");
            } else if (effectiveDate.isEmpty()) {
                refusal = Optional.of("The change request has no effective date from which to put PI basket version " + basket.get()
                        + " in force: raise a change request with an effective date");
            } else {
                refusal = baskets.activateByChange(basket.get(), contract, changeRequest, effectiveDate.get());
            }
            refusal.ifPresent(reason -> baskets.refuseRevision(contract, changeRequest, change.path("reference").asText(), reason));
        } else if (basket.isEmpty()) {
            return;
        } else if (ENDING.contains(event.type())) {
            baskets.withdrawProposal(basket.get(), contract, changeRequest);
        } else {
            baskets.propose(basket.get(), contract, changeRequest);
        }
    }

    private static Optional<UUID> uuid(JsonNode value) {
        try {
            return value.isTextual() ? Optional.of(UUID.fromString(value.asText())) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static Optional<LocalDate> date(JsonNode value) {
        try {
            return value.isTextual() ? Optional.of(LocalDate.parse(value.asText())) : Optional.empty();
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
