package io.sdc.finance.budget.mapping;

import io.sdc.finance.budget.Budget;
import io.sdc.finance.budget.rest.BudgetView;
import io.sdc.platform.rest.Money;

public final class BudgetMapper {

    private BudgetMapper() {
    }

    public static BudgetView toView(Budget budget) {
        return new BudgetView(budget.id(), budget.contractId(), budget.financialYear(), Money.format(budget.baseAmount()),
                budget.baseSource(),
                budget.adjustments().stream().map(a -> new BudgetView.Adjustment(a.id(), a.category(), Money.format(a.amount()),
                        a.rationale(), a.changeRequestId(), a.lineCode())).toList(),
                Money.format(budget.total()), Money.format(budget.netChange()), budget.status(), budget.closed(),
                budget.lines().stream().map(l -> new BudgetView.Line(l.code(), l.name(), Money.format(l.amount()), l.demandLed())).toList(),
                Money.format(budget.linesTotal()),
                budget.funding().stream().map(f -> new BudgetView.Funding(f.source(), Money.format(f.amount()))).toList(),
                budget.version());
    }
}
