package io.sdc.contract.contract;

/** Where a Service Delivery Contract stands. */
public enum ContractStatus {
    DRAFT,
    ACTIVE,
    SUSPENDED,
    TERMINATED,
    EXPIRED
}
