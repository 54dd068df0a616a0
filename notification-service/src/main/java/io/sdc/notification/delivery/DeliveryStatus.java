package io.sdc.notification.delivery;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a delivery stands, and where it may go from there: PENDING (attempts due, each under a claim) → DELIVERED on
 * a successful attempt, or DEAD once the last attempt failed; a DEAD delivery goes back to PENDING when someone has
 * dealt with its cause. DELIVERED is final.
 */
public enum DeliveryStatus {
    PENDING,
    DELIVERED,
    DEAD;

    public Set<DeliveryStatus> next() {
        return switch (this) {
            case PENDING -> EnumSet.of(DELIVERED, DEAD);
            case DEAD -> EnumSet.of(PENDING);
            case DELIVERED -> EnumSet.noneOf(DeliveryStatus.class);
        };
    }
}
