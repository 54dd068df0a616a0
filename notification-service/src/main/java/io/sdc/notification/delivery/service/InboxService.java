package io.sdc.notification.delivery.service;

import io.sdc.notification.delivery.Delivery;
import io.sdc.notification.delivery.InboxItem;
import io.sdc.notification.delivery.InboxRead;
import io.sdc.notification.delivery.Notification;
import io.sdc.notification.delivery.repository.DeliveryRepository;
import io.sdc.notification.subscription.Channel;
import io.sdc.notification.subscription.EventTypes;
import io.sdc.platform.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A reader's in-app notifications: the inbox deliveries to the reader and their roles ({@code recipients}), each read
 * or unread by that reader alone.
 */
@ApplicationScoped
public class InboxService {

    @Inject
    DeliveryRepository deliveries;

    @Inject
    Clock clock;

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<InboxItem> inbox(String reader, Collection<String> recipients, boolean unreadOnly, Optional<String> eventType,
                                 Optional<Notification.Severity> severity, int page, int size) {
        eventType.ifPresent(type -> EventTypes.requireKnown("eventType", List.of(type)));
        return deliveries.inbox(reader, recipients, unreadOnly, eventType, severity, page, size);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public long unread(String reader, Collection<String> recipients) {
        return deliveries.unread(reader, recipients);
    }

    /**
     * Marks one of the reader's own entries read by the reader (the first reading stays); not found unless it is theirs.
     * The entry is locked while its reading is looked for and kept, so that two requests of the same reader at once
     * keep one reading.
     */
    @Transactional
    public InboxItem read(UUID entry, String reader, Collection<String> recipients) {
        Delivery delivery = deliveries.findByIdOptional(entry, LockModeType.PESSIMISTIC_WRITE)
                .filter(candidate -> candidate.channel() == Channel.INBOX && recipients.contains(candidate.recipient()))
                .orElseThrow(() -> ProblemException.notFound("notification in your inbox", entry));
        InboxRead reading = deliveries.reading(delivery.id(), reader)
                .orElseGet(() -> deliveries.keep(new InboxRead(delivery, reader, Instant.now(clock))));
        return new InboxItem(delivery, reading.readAt());
    }
}
