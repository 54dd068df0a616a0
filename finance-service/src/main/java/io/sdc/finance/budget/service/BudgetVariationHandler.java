package io.sdc.finance.budget.service;

import com.fasterxml.jackson.databind.JsonNode;
import io.sdc.platform.events.EventEnvelope;
import io.sdc.platform.events.EventHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * Records each approved budget-variation change request from contract-service as a contract-variation adjustment
 * on that financial year's budget, once.
 */
@ApplicationScoped
public class BudgetVariationHandler implements EventHandler {

    @Inject
    BudgetService budgets;

    @Override
    public boolean handles(String eventType) {
        return "contract.change-request.approved".equals(eventType);
    }

    @Override
    public void handle(EventEnvelope event) {
        JsonNode change = event.data();
        if (!"BUDGET_VARIATION".equals(change.path("type").asText())) {
            return;
        }
        JsonNode budget = change.path("budget");
        budgets.recordVariation(UUID.fromString(change.path("contractId").asText()), budget.path("financialYear").asText(),
                UUID.fromString(change.path("id").asText()), budget.path("line").asText(),
                new BigDecimal(budget.path("amount").asText()).setScale(2),
                change.path("reference").asText() + " " + change.path("title").asText());
    }
}
