package io.sdc.notification.subscription.service;

import io.quarkus.runtime.StartupEvent;
import io.sdc.notification.subscription.Channel;
import io.sdc.notification.subscription.EventTypes;
import io.sdc.notification.subscription.Subscription;
import io.sdc.notification.subscription.repository.SubscriptionRepository;
import io.sdc.platform.audit.ChangeContext;
import io.sdc.platform.problem.ProblemException;
import io.sdc.platform.rest.EntityTags;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Subscribes roles and people to notifications, changes and ends their subscriptions. A change or an end needs a
 * reason, kept in the audit history; a subscription is never deleted, only ended.
 */
@ApplicationScoped
public class SubscriptionService {

    private static final Logger LOG = Logger.getLogger(SubscriptionService.class);

    @Inject
    SubscriptionRepository subscriptions;

    @Inject
    WebhookAllowList allowList;

    @Inject
    WebhookSecrets secrets;

    @Inject
    ChangeContext changeContext;

    @Inject
    Clock clock;

    /** A new subscription and, for a webhook, its secret in plain text: the only time it is shown. */
    public record Subscribed(Subscription subscription, String webhookSecret) {
    }

    @Transactional
    public Subscribed subscribe(String recipient, List<String> eventTypes, UUID contractId, Channel channel, String email,
                                String webhookUrl, String actor) {
        UUID id = UUID.randomUUID();
        String secret = null;
        String sealed = null;
        Subscription.requireAddress(channel, email, webhookUrl);
        EventTypes.requireKnown("eventTypes", eventTypes);
        if (channel == Channel.WEBHOOK) {
            allowList.require(webhookUrl);
            secret = secrets.generate();
            sealed = secrets.seal(id, secret);
        }
        Subscription subscription = new Subscription(id, recipient, eventTypes == null ? List.of() : eventTypes, contractId,
                channel, email, webhookUrl, sealed, actor, Instant.now(clock));
        subscriptions.persistAndFlush(subscription);
        return new Subscribed(subscription, secret);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Subscription> active() {
        return subscriptions.active();
    }

    /**
     * Changes what a subscription covers and where it sends, at the version the caller read, for the reason given
     * ({@code reason}, else the Change-Reason header); a webhook's new URL must be on the allow-list.
     */
    @Transactional
    public Subscription change(UUID id, long expectedVersion, List<String> eventTypes, UUID contractId, String email,
                               String webhookUrl, String reason) {
        changeContext.requireReason("change a subscription", reason);
        EventTypes.requireKnown("eventTypes", eventTypes);
        Subscription subscription = find(id);
        EntityTags.requireCurrent("subscription", subscription.version(), expectedVersion);
        if (subscription.channel() == Channel.WEBHOOK && webhookUrl != null) {
            allowList.require(webhookUrl);
        }
        subscription.change(eventTypes == null ? List.of() : eventTypes, contractId, email, webhookUrl);
        subscriptions.flush();
        return subscription;
    }

    /**
     * Ends a subscription, for the reason given ({@code reason}, else the Change-Reason header); it stays, ended, in
     * the audit history.
     */
    @Transactional
    public void end(UUID id, String reason) {
        changeContext.requireReason("end a subscription", reason);
        find(id).end();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Subscription find(UUID id) {
        return subscriptions.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("subscription", id));
    }

    /**
     * Seals under the current key, at start, every webhook secret that is not: kept in plain text by an earlier
     * release, or sealed under a key since retired.
     */
    @Transactional
    void sealUnderTheCurrentKey(@Observes StartupEvent start) {
        int sealed = 0;
        for (Subscription subscription : subscriptions.list("sealedWebhookSecret is not null")) {
            if (secrets.needsSealing(subscription.sealedWebhookSecret())) {
                subscription.keepSealed(secrets.sealAgain(subscription.id(), subscription.sealedWebhookSecret()));
                sealed++;
            }
        }
        if (sealed > 0) {
            LOG.infof("Sealed %d webhook secrets under the current key", sealed);
        }
    }
}
