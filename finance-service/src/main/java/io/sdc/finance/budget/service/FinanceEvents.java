package io.sdc.finance.budget.service;

/** The event types finance-service publishes. */
public final class FinanceEvents {

    /** A budget moved to CONFIRMED_IN_PRINCIPLE or APPROVED; data: the budget. */
    public static final String BUDGET_STATUS_CHANGED = "finance.budget.status-changed";
    /** An approved budget variation was recorded as a contract-variation adjustment; data: the budget. */
    public static final String BUDGET_VARIED = "finance.budget.varied";
    /**
     * An approved budget-variation change request could not be applied (no budget for its year, no such line, a
     * closed year, an amount the budget cannot take); data: the change request's id, contract id and reference, and
     * the reason.
     */
    public static final String BUDGET_VARIATION_REFUSED = "finance.budget-variation.refused";
    /** A monitoring return forecasts an overspend beyond the threshold; data: the forecast. */
    public static final String FORECAST_OVERSPEND = "finance.forecast.overspend";
    /** A monitoring return was imported; data: its summary. */
    public static final String RETURN_IMPORTED = "finance.monitoring-return.imported";
    /** A year's outturn after risk share was finalised; data: the outturn and its calculation. */
    public static final String OUTTURN_FINALISED = "finance.outturn.finalised";

    private FinanceEvents() {
    }
}
