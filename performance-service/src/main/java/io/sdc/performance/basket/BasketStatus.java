package io.sdc.performance.basket;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a version of a contract's PI basket stands, and where it may go from there: DRAFT → PROPOSED (by a notifiable
 * change request) → ACTIVE (when that change is approved) → SUPERSEDED (by the next version); a PROPOSED version goes
 * back to DRAFT when its change request is rejected or withdrawn; a contract's first version goes from DRAFT straight
 * to ACTIVE.
 */
public enum BasketStatus {
    /** Being drafted; its entries can change. */
    DRAFT,
    /** Referenced by a notifiable change request awaiting decision. */
    PROPOSED,
    /** In force from its effective date. */
    ACTIVE,
    /** Replaced by a later version from that version's effective date. */
    SUPERSEDED;

    public Set<BasketStatus> next() {
        return switch (this) {
            case DRAFT -> EnumSet.of(PROPOSED, ACTIVE);
            case PROPOSED -> EnumSet.of(DRAFT, ACTIVE);
            case ACTIVE -> EnumSet.of(SUPERSEDED);
            case SUPERSEDED -> EnumSet.noneOf(BasketStatus.class);
        };
    }

    /** Whether the version is in preparation: its contract can have no other DRAFT or PROPOSED version. */
    public boolean inPreparation() {
        return this == DRAFT || this == PROPOSED;
    }
}
