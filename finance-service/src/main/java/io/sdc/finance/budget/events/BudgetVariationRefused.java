package io.sdc.finance.budget.events;

import io.sdc.platform.events.DomainEvent;
import io.sdc.platform.events.EventData;

import java.util.UUID;

/**
 * An approved budget-variation change request could not be applied (no budget for its year, no such line, a closed
 * year, an amount the budget cannot take): the change request's id, contract id and reference, and the reason.
 */
@EventData(types = BudgetVariationRefused.TYPE)
public record BudgetVariationRefused(UUID changeRequestId, UUID contractId, String reference, String reason) implements DomainEvent {

    public static final String TYPE = "finance.budget-variation.refused";
}
