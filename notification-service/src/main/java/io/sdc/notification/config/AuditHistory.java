package io.sdc.notification.config;

import io.sdc.notification.delivery.Delivery;
import io.sdc.notification.delivery.InboxRead;
import io.sdc.notification.reminder.PendingDecision;
import io.sdc.notification.subscription.Channel;
import io.sdc.notification.subscription.Subscription;
import io.sdc.platform.audit.AuditedResource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * notification-service's resources in the audit history, by the names auditors know them by: subscriptions (who
 * hears about what, changed and ended with a reason), deliveries (each attempt's outcome and how it ended), each
 * person's reading of an inbox entry, and the change requests waiting for a decision (which the reminders follow).
 * Each is found in a contract's change log when it belongs to one contract.
 */
@ApplicationScoped
public class AuditHistory {

    @Produces
    @ApplicationScoped
    AuditedResource<Subscription> subscriptions() {
        return AuditedResource.of(Subscription.class, "subscription",
                Subscription::id, Subscription::contractId, SubscriptionState::of);
    }

    @Produces
    @ApplicationScoped
    AuditedResource<Delivery> deliveries() {
        return AuditedResource.of(Delivery.class, "delivery", Delivery::id, Delivery::contractId, DeliveryState::of);
    }

    @Produces
    @ApplicationScoped
    AuditedResource<InboxRead> inboxReads() {
        return AuditedResource.of(InboxRead.class, "inbox-read",
                InboxRead::id, InboxRead::contractId, InboxReadState::of);
    }

    @Produces
    @ApplicationScoped
    AuditedResource<PendingDecision> pendingDecisions() {
        return AuditedResource.of(PendingDecision.class, "pending-decision",
                PendingDecision::changeRequestId, PendingDecision::contractId, PendingDecisionState::of);
    }

    /** A subscription as the history shows it; its webhook secret is never kept there. */
    public record SubscriptionState(String recipient, List<String> eventTypes, UUID contractId, Channel channel, String email,
                             String webhookUrl, boolean active, String createdBy, long version) {
        static SubscriptionState of(Subscription subscription) {
            return new SubscriptionState(subscription.recipient(), subscription.eventTypes(), subscription.contractId(),
                    subscription.channel(), subscription.email(), subscription.webhookUrl(), subscription.active(),
                    subscription.createdBy(), subscription.version());
        }
    }

    /** A delivery as the history shows it: to whom, by which channel, and how its attempts went. */
    public record DeliveryState(UUID notificationId, String eventType, UUID subscriptionId, Channel channel, String recipient,
                         String status, int attempts, String lastError, Instant deliveredAt) {
        static DeliveryState of(Delivery delivery) {
            return new DeliveryState(delivery.notification().id(), delivery.notification().eventType(), delivery.subscriptionId(),
                    delivery.channel(), delivery.recipient(), delivery.status().name(), delivery.attempts(), delivery.lastError(),
                    delivery.deliveredAt());
        }
    }

    /** Who read which inbox entry (the delivery's id), and when. */
    public record InboxReadState(UUID deliveryId, String reader, Instant readAt) {
        static InboxReadState of(InboxRead reading) {
            return new InboxReadState(reading.deliveryId(), reading.reader(), reading.readAt());
        }
    }

    /** A change request's wait for a decision: its status and since when it has waited. */
    public record PendingDecisionState(String reference, String title, String status, Instant waitingSince) {
        static PendingDecisionState of(PendingDecision pending) {
            return new PendingDecisionState(pending.reference(), pending.title(), pending.status(), pending.waitingSince());
        }
    }
}
