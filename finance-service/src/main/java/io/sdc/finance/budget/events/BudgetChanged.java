package io.sdc.finance.budget.events;

import io.sdc.finance.budget.AdjustmentCategory;
import io.sdc.finance.budget.Budget;
import io.sdc.finance.budget.BudgetStatus;
import io.sdc.platform.events.DomainEvent;
import io.sdc.platform.events.EventData;
import io.sdc.platform.money.Money;

import java.util.List;
import java.util.UUID;

/**
 * A budget as it stands after a step: confirmed in principle or approved ({@value #STATUS_CHANGED}), or a contract
 * variation recorded on it ({@value #VARIED}).
 */
@EventData(types = {BudgetChanged.STATUS_CHANGED, BudgetChanged.VARIED})
public record BudgetChanged(UUID id, UUID contractId, String financialYear, Money baseAmount, String baseSource,
                            List<Adjustment> adjustments, Money total, Money netChange, BudgetStatus status, boolean closed,
                            List<Budget.Line> lines, Money linesTotal, List<Budget.Funding> funding, long version)
        implements DomainEvent {

    /** A budget moved to CONFIRMED_IN_PRINCIPLE or APPROVED. */
    public static final String STATUS_CHANGED = "finance.budget.status-changed";
    /** An approved budget variation was recorded as a contract-variation adjustment. */
    public static final String VARIED = "finance.budget.varied";

    /** An adjustment in effect (a withdrawn one is left out, as it no longer counts in the total). */
    public record Adjustment(UUID id, AdjustmentCategory category, Money amount, String rationale, UUID changeRequestId,
                             String lineCode) {
    }

    public static BudgetChanged of(Budget budget) {
        return new BudgetChanged(budget.id(), budget.contractId(), budget.financialYear(), budget.baseAmount(), budget.baseSource(),
                budget.adjustmentsInEffect().stream().map(a -> new Adjustment(a.id(), a.category(), a.amount(), a.rationale(),
                        a.changeRequestId(), a.lineCode())).toList(), budget.total(), budget.netChange(), budget.status(), budget.closed(), budget.lines(),
                budget.linesTotal(), budget.funding(), budget.version());
    }
}
