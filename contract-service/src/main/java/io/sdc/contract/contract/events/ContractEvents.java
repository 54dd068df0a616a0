package io.sdc.contract.contract.events;

/** The event types contract-service publishes about contracts; their data schemas are in the AsyncAPI document. */
public final class ContractEvents {

    /** A contract was registered; data: the contract. */
    public static final String REGISTERED = "contract.registered";
    /** A draft contract's terms or scope were revised; data: the contract as it now stands. */
    public static final String REVISED = "contract.revised";
    /** A contract moved to another status (activated, suspended, terminated, expired); data: the contract. */
    public static final String STATUS_CHANGED = "contract.status-changed";
    /** An implemented change made a new numbered version of the contract; data: the variation and the contract. */
    public static final String VARIED = "contract.varied";

    private ContractEvents() {
    }
}
