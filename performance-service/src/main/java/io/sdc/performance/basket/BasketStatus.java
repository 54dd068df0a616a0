package io.sdc.performance.basket;

/** Where a version of a contract's PI basket stands. */
public enum BasketStatus {
    /** Being drafted; its entries can change. */
    DRAFT,
    /** Referenced by a notifiable change request awaiting decision. */
    PROPOSED,
    /** In force from its effective date. */
    ACTIVE,
    /** Replaced by a later version from that version's effective date. */
    SUPERSEDED
}
