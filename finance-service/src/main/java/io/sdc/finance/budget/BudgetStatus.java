package io.sdc.finance.budget;

import java.util.EnumSet;
import java.util.Set;

/** Where a budget stands, and where it may go from there: INDICATIVE → CONFIRMED_IN_PRINCIPLE → APPROVED. */
public enum BudgetStatus {
    INDICATIVE,
    CONFIRMED_IN_PRINCIPLE,
    APPROVED;

    public Set<BudgetStatus> next() {
        return switch (this) {
            case INDICATIVE -> EnumSet.of(CONFIRMED_IN_PRINCIPLE);
            case CONFIRMED_IN_PRINCIPLE -> EnumSet.of(APPROVED);
            case APPROVED -> EnumSet.noneOf(BudgetStatus.class);
        };
    }
}
