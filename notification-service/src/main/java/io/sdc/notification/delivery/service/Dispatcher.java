package io.sdc.notification.delivery.service;

import io.sdc.notification.delivery.Delivery;
import io.sdc.notification.delivery.DeliveryStatus;
import io.sdc.notification.delivery.Notification;
import io.sdc.notification.delivery.repository.DeliveryRepository;
import io.sdc.notification.delivery.repository.NotificationRepository;
import io.sdc.notification.subscription.Channel;
import io.sdc.notification.subscription.Subscription;
import io.sdc.notification.subscription.repository.SubscriptionRepository;
import io.sdc.platform.events.AfterCommit;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * Stores a notification and makes one delivery per matching subscription (of the roles it is addressed to, if it is
 * addressed to some), leaving out the person who caused it.
 */
@ApplicationScoped
public class Dispatcher {

    @Inject
    SubscriptionRepository subscriptions;

    @Inject
    DeliveryRepository deliveries;

    @Inject
    NotificationRepository notifications;

    @Inject
    DeliveryWorker worker;

    @Inject
    AfterCommit afterCommit;

    @Inject
    Clock clock;

    @Inject
    DeliveryMetrics metrics;

    @Transactional(Transactional.TxType.MANDATORY)
    public void dispatch(Notification notification, Optional<String> actor) {
        notifications.persist(notification);
        Instant now = Instant.now(clock);
        for (Subscription subscription : subscriptions.active()) {
            if (!subscription.covers(notification.eventType(), notification.contractId()) || !notification.isFor(subscription.recipient())) {
                continue;
            }
            if (actor.isPresent() && subscription.recipient().equals("user:" + actor.get())) {
                continue;
            }
            if (subscription.channel() != Channel.INBOX) {
                // Email and webhooks go out as soon as this transaction commits, not at the worker's next sweep.
                afterCommit.once(DeliveryWorker.class, worker::wake);
            }
            Delivery delivery = new Delivery(notification, subscription.id(), subscription.channel(), subscription.recipient(), now);
            deliveries.persist(delivery);
            if (delivery.status() == DeliveryStatus.DELIVERED) {
                metrics.deliveredOnCommit(delivery.channel());
            }
        }
    }
}
