package io.sdc.notification.subscription.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.sdc.notification.subscription.Subscription;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class SubscriptionRepository implements PanacheRepositoryBase<Subscription, UUID> {

    public List<Subscription> active() {
        return list("active = true order by createdAt, id");
    }
}
