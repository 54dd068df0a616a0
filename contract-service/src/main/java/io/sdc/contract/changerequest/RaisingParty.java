package io.sdc.contract.changerequest;

/** The party to the contract that raised a change request. */
public enum RaisingParty {
    /** The council. */
    COMMISSIONER,
    /** The trust. */
    PROVIDER
}
