package io.sdc.finance.budget.mapping;

import io.sdc.finance.budget.Budget;
import io.sdc.finance.budget.rest.BudgetView;

public final class BudgetMapper {

    private BudgetMapper() {
    }

    public static BudgetView toView(Budget budget) {
        return new BudgetView(budget.id(), budget.contractId(), budget.financialYear(), budget.baseAmount(), budget.baseSource(),
                budget.adjustments().stream().map(a -> new BudgetView.Adjustment(a.id(), a.category(), a.amount(),
                        a.rationale(), a.changeRequestId(), a.lineCode(), a.withdrawn(), a.withdrawalReason())).toList(),
                budget.total(), budget.netChange(), budget.status(), budget.closed(),
                budget.lines().stream().map(l -> new BudgetView.Line(l.code(), l.name(), l.amount(), l.demandLed())).toList(),
                budget.linesTotal(),
                budget.funding().stream().map(f -> new BudgetView.Funding(f.source(), f.amount())).toList(),
                budget.version());
    }
}
