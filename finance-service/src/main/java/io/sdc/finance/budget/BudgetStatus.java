package io.sdc.finance.budget;

/** INDICATIVE → CONFIRMED_IN_PRINCIPLE → APPROVED. */
public enum BudgetStatus {
    INDICATIVE,
    CONFIRMED_IN_PRINCIPLE,
    APPROVED
}
