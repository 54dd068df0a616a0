package io.sdc.notification.delivery.service;

import io.sdc.notification.delivery.Delivery;
import io.sdc.notification.delivery.Notification;
import io.sdc.notification.subscription.Subscription;
import io.sdc.notification.subscription.repository.SubscriptionRepository;
import io.sdc.notification.delivery.repository.DeliveryRepository;
import io.sdc.platform.events.EventEnvelope;
import io.sdc.platform.events.EventHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import java.time.Instant;
import java.util.Optional;

/**
 * Turns each consumed event that matters to people into one notification and one delivery per matching
 * subscription, skipping the person who took the step. Runs in the consumer's transaction with the inbox record, so a
 * redelivered event changes nothing; in-app deliveries arrive at once, email and webhooks go to the delivery worker.
 */
@ApplicationScoped
public class EventNotifier implements EventHandler {

    @Inject
    NotificationComposer composer;

    @Inject
    SubscriptionRepository subscriptions;

    @Inject
    DeliveryRepository deliveries;

    @Inject
    EntityManager entityManager;

    @Override
    public boolean handles(String eventType) {
        return eventType.startsWith("contract.change-request.") || eventType.startsWith("performance.")
                || eventType.startsWith("finance.");
    }

    @Override
    public void handle(EventEnvelope event) {
        Optional<Notification> composed = composer.compose(event);
        if (composed.isEmpty()) {
            return;
        }
        Notification notification = composed.get();
        entityManager.persist(notification);
        Optional<String> actor = NotificationComposer.actor(event);
        Instant now = Instant.now();
        for (Subscription subscription : subscriptions.active()) {
            if (!subscription.covers(event.type(), notification.contractId())) {
                continue;
            }
            if (actor.isPresent() && subscription.recipient().equals("user:" + actor.get())) {
                continue;
            }
            deliveries.persist(new Delivery(notification, subscription.id(), subscription.channel(), subscription.recipient(), now));
        }
    }
}
