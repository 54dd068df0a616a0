package io.sdc.notification.delivery.service;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.util.List;

/**
 * How notifications are delivered: attempts and waits, senders and claims, the email sender, the dead-letter topics
 * watched. The webhook targets allowed and the key sealing webhook secrets are the subscriptions' (see
 * {@code WebhooksConfig}).
 */
@ConfigMapping(prefix = "sdc.notifications")
public interface NotificationsConfig {

    /** How many times a delivery is tried before it is dead. */
    @WithDefault("5")
    int maxAttempts();

    /** The wait after the first failed attempt; it doubles after each further one. */
    @WithDefault("PT30S")
    Duration firstRetryWait();

    /**
     * How often due deliveries are looked for besides the look as soon as a transaction that made one commits: retries
     * come due this way, and a wake-up lost is caught.
     */
    @WithDefault("PT1S")
    Duration deliveryInterval();

    /** How many deliveries one instance sends at once, each on its own thread, outside any transaction. */
    @WithDefault("4")
    int senders();

    /**
     * How long a claimed delivery stays reserved for the instance that claimed it; after that (the instance died, or
     * its attempt outlasted every timeout) another instance takes it. Longer than an attempt can take.
     */
    @WithDefault("PT2M")
    Duration claimLease();

    /** The timeout of the short transactions that claim deliveries and record each outcome. */
    @WithDefault("PT10S")
    Duration transactionTimeout();

    @WithDefault("notifications@sdc.localhost")
    String emailFrom();

    /** The services' dead-letter topics, each of whose messages makes a notification for the admins. */
    @WithDefault("contract-service.dead-letter,performance-service.dead-letter,finance-service.dead-letter,notification-service.dead-letter")
    List<String> deadLetterTopics();
}
