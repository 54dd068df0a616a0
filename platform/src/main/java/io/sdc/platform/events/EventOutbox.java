package io.sdc.platform.events;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.List;

/**
 * Where a service records the events of a state change. {@link #append} joins the caller's transaction and
 * refuses to run outside one: an event is only ever stored together with the change it reports.
 */
@ApplicationScoped
public class EventOutbox {

    @Transactional(Transactional.TxType.MANDATORY)
    public OutboxEvent append(EventEnvelope event) {
        OutboxEvent entry = new OutboxEvent(event);
        entry.persist();
        return entry;
    }

    /** Events not yet published, oldest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<OutboxEvent> pending(int limit) {
        return OutboxEvent.<OutboxEvent>find("publishedAt is null order by sequenceNumber").page(0, limit).list();
    }
}
