package io.sdc.contract.contract.service;

/** The event types contract-service publishes about contracts; their data schemas are in the AsyncAPI document. */
public final class ContractEvents {

    /** A contract was registered; data: the contract. */
    public static final String REGISTERED = "contract.registered";
    /** A contract's terms were revised; data: the contract as it now stands. */
    public static final String REVISED = "contract.revised";

    public static final int DATA_VERSION = 1;

    private ContractEvents() {
    }
}
