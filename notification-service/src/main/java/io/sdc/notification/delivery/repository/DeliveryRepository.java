package io.sdc.notification.delivery.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.sdc.notification.delivery.Delivery;
import io.sdc.notification.subscription.Channel;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class DeliveryRepository implements PanacheRepositoryBase<Delivery, UUID> {

    /** Deliveries due now, locked for this instance; others skip them. */
    public List<Delivery> due(Instant now, int limit) {
        return getEntityManager().createQuery("""
                        select d from Delivery d where d.status = io.sdc.notification.delivery.Delivery.Status.PENDING
                        and d.nextAttemptAt <= :now order by d.nextAttemptAt""", Delivery.class)
                .setParameter("now", now).setMaxResults(limit)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .setHint("jakarta.persistence.lock.timeout", -2)
                .getResultList();
    }

    /** The inbox of these recipients: unread first, newest first; optionally unread only, one event type, one severity. */
    public List<Delivery> inbox(Collection<String> recipients, boolean unreadOnly, java.util.Optional<String> eventType,
                                java.util.Optional<io.sdc.notification.delivery.Notification.Severity> severity, int page, int size) {
        StringBuilder query = new StringBuilder("channel = :channel and recipient in :recipients");
        java.util.Map<String, Object> parameters = new java.util.HashMap<>();
        parameters.put("channel", Channel.INBOX);
        parameters.put("recipients", recipients);
        if (unreadOnly) {
            query.append(" and readAt is null");
        }
        eventType.ifPresent(type -> {
            query.append(" and notification.eventType = :type");
            parameters.put("type", type);
        });
        severity.ifPresent(wanted -> {
            query.append(" and notification.severity = :severity");
            parameters.put("severity", wanted);
        });
        query.append(" order by case when readAt is null then 0 else 1 end, deliveredAt desc, id");
        return find(query.toString(), parameters).page(Page.of(page, size)).list();
    }

    public long unread(Collection<String> recipients) {
        return count("channel = ?1 and recipient in ?2 and readAt is null", Channel.INBOX, recipients);
    }

    public List<Delivery> withStatus(Delivery.Status status, int page, int size) {
        return find("status = ?1 order by id", status).page(Page.of(page, size)).list();
    }
}
