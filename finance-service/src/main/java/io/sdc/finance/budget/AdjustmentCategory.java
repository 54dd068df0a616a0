package io.sdc.finance.budget;

/** The items of Schedule 3 'Annual Review' a budget adjustment falls under. */
public enum AdjustmentCategory {
    PAY_INFLATION,
    PRICE_INFLATION,
    CHANGES_IN_LAW,
    DEMAND_FOR_SERVICES,
    CONTRIBUTION_TO_COUNCIL_SAVINGS,
    CONTRACT_VARIATION,
    OTHER
}
