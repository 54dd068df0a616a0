package io.sdc.notification.delivery.service;

import io.sdc.notification.subscription.Channel;
import io.sdc.platform.events.AfterCommit;
import io.sdc.platform.metrics.ServiceMeters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Counts the outcomes of deliveries as {@code sdc_notification_deliveries_total} with the labels {@code service},
 * {@code channel} ({@code email}, {@code webhook}, {@code inbox}) and {@code outcome}: {@code delivered},
 * {@code failed} (another attempt is scheduled) or {@code dead} (the last attempt failed; an admin must re-trigger
 * it). An inbox entry is delivered as it is made, and counted once its transaction commits. An attempt whose claim
 * lapsed before its outcome was recorded is counted with the claim that records it.
 */
@ApplicationScoped
public class DeliveryMetrics {

    public static final String DELIVERIES = "sdc.notification.deliveries";

    public enum Outcome { DELIVERED, FAILED, DEAD }

    @Inject
    ServiceMeters meters;

    @Inject
    AfterCommit afterCommit;

    public void attempted(Channel channel, Outcome outcome) {
        meters.count(DELIVERIES, "Deliveries, by channel and outcome", "channel", ServiceMeters.label(channel),
                "outcome", ServiceMeters.label(outcome));
    }

    /** Counts a delivery made within the current transaction (an inbox entry) once that transaction has committed. */
    public void deliveredOnCommit(Channel channel) {
        afterCommit.once(new Object(), () -> attempted(channel, Outcome.DELIVERED));
    }
}
