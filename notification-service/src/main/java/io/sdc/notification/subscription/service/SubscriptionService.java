package io.sdc.notification.subscription.service;

import io.quarkus.runtime.StartupEvent;
import io.sdc.notification.subscription.Channel;
import io.sdc.notification.subscription.Subscription;
import io.sdc.notification.subscription.repository.SubscriptionRepository;
import io.sdc.platform.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Subscribes roles and people to notifications and ends their subscriptions. */
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

    @Transactional
    public void end(UUID id) {
        subscriptions.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("subscription", id)).end();
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
