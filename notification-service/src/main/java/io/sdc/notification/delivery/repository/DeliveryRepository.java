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

    public List<Delivery> inbox(Collection<String> recipients, boolean unreadOnly, int page, int size) {
        String query = "channel = ?1 and recipient in ?2" + (unreadOnly ? " and readAt is null" : "")
                + " order by case when readAt is null then 0 else 1 end, deliveredAt desc, id";
        return find(query, Channel.INBOX, recipients).page(Page.of(page, size)).list();
    }

    public long unread(Collection<String> recipients) {
        return count("channel = ?1 and recipient in ?2 and readAt is null", Channel.INBOX, recipients);
    }

    public List<Delivery> withStatus(Delivery.Status status, int page, int size) {
        return find("status = ?1 order by id", status).page(Page.of(page, size)).list();
    }
}
