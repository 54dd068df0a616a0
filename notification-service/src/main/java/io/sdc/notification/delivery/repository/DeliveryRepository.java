package io.sdc.notification.delivery.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.sdc.notification.delivery.Delivery;
import io.sdc.notification.delivery.DeliveryStatus;
import io.sdc.notification.delivery.InboxItem;
import io.sdc.notification.delivery.InboxRead;
import io.sdc.notification.delivery.Notification;
import io.sdc.notification.subscription.Channel;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.persistence.TypedQuery;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class DeliveryRepository implements PanacheRepositoryBase<Delivery, UUID> {

    /**
     * Deliveries due now and not claimed by anyone (or whose claim's lease has run out), locked for this transaction;
     * rows another instance is claiming at this moment are skipped.
     */
    public List<Delivery> due(Instant now, int limit) {
        return getEntityManager().createQuery("""
                        select d from Delivery d where d.status = io.sdc.notification.delivery.DeliveryStatus.PENDING
                        and d.nextAttemptAt <= :now and (d.claimedUntil is null or d.claimedUntil <= :now)
                        order by d.nextAttemptAt""", Delivery.class)
                .setParameter("now", now).setMaxResults(limit)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .setHint("jakarta.persistence.lock.timeout", -2)
                .getResultList();
    }

    /**
     * The inbox of a reader, made of the deliveries to these recipients (the reader and their roles): unread by this
     * reader first, newest first; optionally unread only, one event type, one severity.
     */
    public List<InboxItem> inbox(String reader, Collection<String> recipients, boolean unreadOnly, Optional<String> eventType,
                                 Optional<Notification.Severity> severity, int page, int size) {
        StringBuilder query = new StringBuilder("""
                select new io.sdc.notification.delivery.InboxItem(d, r.readAt)
                from Delivery d left join InboxRead r on r.deliveryId = d.id and r.reader = :reader
                where d.channel = :channel and d.recipient in :recipients""");
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("reader", reader);
        parameters.put("channel", Channel.INBOX);
        parameters.put("recipients", recipients);
        if (unreadOnly) {
            query.append(" and r.readAt is null");
        }
        narrow(query, parameters, "d.notification.eventType", "type", eventType);
        narrow(query, parameters, "d.notification.severity", "severity", severity);
        query.append(" order by case when r.readAt is null then 0 else 1 end, d.deliveredAt desc, d.id");
        TypedQuery<InboxItem> typed = getEntityManager().createQuery(query.toString(), InboxItem.class);
        parameters.forEach(typed::setParameter);
        return typed.setFirstResult(page * size).setMaxResults(size).getResultList();
    }

    /** Narrows the query to rows whose {@code path} equals the value, if one is given, as the parameter {@code name}. */
    private static void narrow(StringBuilder query, Map<String, Object> parameters, String path, String name, Optional<?> value) {
        value.ifPresent(wanted -> {
            query.append(" and ").append(path).append(" = :").append(name);
            parameters.put(name, wanted);
        });
    }

    /** How many deliveries to these recipients the reader has not read. */
    public long unread(String reader, Collection<String> recipients) {
        return getEntityManager().createQuery("""
                        select count(d) from Delivery d where d.channel = :channel and d.recipient in :recipients
                        and not exists (select 1 from InboxRead r where r.deliveryId = d.id and r.reader = :reader)""", Long.class)
                .setParameter("channel", Channel.INBOX).setParameter("recipients", recipients).setParameter("reader", reader)
                .getSingleResult();
    }

    /** The reader's reading of the delivery, if they have read it. */
    public Optional<InboxRead> reading(UUID delivery, String reader) {
        return getEntityManager().createQuery("select r from InboxRead r where r.deliveryId = :delivery and r.reader = :reader",
                        InboxRead.class)
                .setParameter("delivery", delivery).setParameter("reader", reader).getResultStream().findFirst();
    }

    public InboxRead keep(InboxRead reading) {
        getEntityManager().persist(reading);
        return reading;
    }

    public List<Delivery> withStatus(DeliveryStatus status, int page, int size) {
        return find("status = ?1 order by id", status).page(Page.of(page, size)).list();
    }
}
