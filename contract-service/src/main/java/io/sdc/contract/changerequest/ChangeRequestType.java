package io.sdc.contract.changerequest;

/** What a notifiable change request proposes to change. */
public enum ChangeRequestType {
    /** A service moves into the trust's scope, e.g. the Children with Disability service. */
    SERVICE_TRANSFER_IN,
    /** A service leaves the trust's scope. */
    SERVICE_TRANSFER_OUT,
    /** A revised performance indicator basket, drafted in performance-service. */
    PI_BASKET_REVISION,
    /** A change to a financial year's budget, e.g. for increased placement activity. */
    BUDGET_VARIATION,
    /** A change to governance arrangements. */
    GOVERNANCE,
    OTHER
}
