package io.sdc.finance.budget.service;

import com.fasterxml.jackson.databind.JsonNode;
import io.sdc.platform.events.EventEnvelope;
import io.sdc.platform.events.EventHandler;
import io.sdc.platform.money.Money;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Records each approved budget-variation change request from contract-service as a contract-variation adjustment
 * on that financial year's budget, once. One it cannot apply is never a failure that ends in a dead letter: it
 * publishes {@code finance.budget-variation.refused} with the reason, in the same transaction as the inbox marker, so
 * that contract-service marks the change request's implementation as failed and the commissioner is told.
 */
@ApplicationScoped
public class BudgetVariationHandler implements EventHandler {

    private static final Logger LOG = Logger.getLogger(BudgetVariationHandler.class);
    private static final Pattern YEAR = Pattern.compile("\\d{4}/\\d{2}");
    private static final Pattern AMOUNT = Pattern.compile("-?\\d{1,13}(\\.\\d{1,2})?");

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
        UUID contractId = UUID.fromString(change.path("contractId").asText());
        UUID changeRequestId = UUID.fromString(change.path("id").asText());
        String reference = change.path("reference").asText();
        JsonNode budget = change.path("budget");
        String year = budget.path("financialYear").asText("");
        String line = budget.path("line").asText("");
        String amount = budget.path("amount").asText("");
        Optional<String> malformed = !YEAR.matcher(year).matches()
                ? Optional.of("the change request names no financial year such as 2015/16 for its budget variation")
                : line.isBlank() ? Optional.of("the change request names no budget line for its budget variation")
                : !AMOUNT.matcher(amount).matches() ? Optional.of("the change request's budget variation amount '" + amount
                + "' is not an amount in pounds")
                : Optional.empty();
        Optional<String> refusal = malformed;
        if (malformed.isPresent()) {
            budgets.refuseVariation(contractId, changeRequestId, reference, malformed.get());
        } else {
            refusal = budgets.recordVariation(new BudgetService.ApprovedVariation(contractId, changeRequestId, reference, year, line,
                    Money.of(new BigDecimal(amount)), reference + " " + change.path("title").asText()));
        }
        refusal.ifPresent(reason -> LOG.infof("Refused the approved budget variation %s (%s) of contract %s: %s",
                reference, changeRequestId, contractId, reason));
    }
}
