package io.sdc.notification.delivery.service;

import io.sdc.platform.events.EventEnvelope;
import io.sdc.platform.events.EventHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;


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
    Dispatcher dispatcher;

    @Override
    public boolean handles(String eventType) {
        return eventType.startsWith("contract.change-request.") || eventType.startsWith("performance.")
                || eventType.startsWith("finance.") || eventType.startsWith("report.");
    }

    @Override
    public void handle(EventEnvelope event) {
        composer.compose(event).ifPresent(notification -> dispatcher.dispatch(notification, NotificationComposer.actor(event)));
    }
}
