package io.sdc.contract.contract;

/**
 * One of the two parties to a Service Delivery Contract, as the people acting for it are known: the council (the
 * commissioner) or the trust (the provider). A change request is agreed in principle only when someone has signed it
 * for each; an annual review records who attended for each.
 */
public enum ContractParty {
    /** The council, the commissioner: its commissioning staff act for it. */
    COUNCIL,
    /** The trust, the provider: its performance and finance staff act for it. */
    TRUST;

    /** The other party. */
    public ContractParty other() {
        return this == COUNCIL ? TRUST : COUNCIL;
    }
}
