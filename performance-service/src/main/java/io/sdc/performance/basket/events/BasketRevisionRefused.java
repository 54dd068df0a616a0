package io.sdc.performance.basket.events;

import io.sdc.platform.events.DomainEvent;
import io.sdc.platform.events.EventData;

import java.util.UUID;

/**
 * An approved PI basket revision change request names a basket version that cannot be put in force (unknown here,
 * of another contract, not in preparation, empty, or effective too early); nothing changed ({@value #TYPE}).
 */
@EventData(types = BasketRevisionRefused.TYPE)
public record BasketRevisionRefused(UUID changeRequestId, UUID contractId, String reference, String reason)
        implements DomainEvent {

    public static final String TYPE = "performance.basket-revision.refused";
}
