package io.sdc.notification.delivery.service;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.util.List;

/** How notifications are delivered: attempts and waits, the webhook allow-list, the email sender. */
@ConfigMapping(prefix = "sdc.notifications")
public interface NotificationsConfig {

    /** How many times a delivery is tried before it is dead. */
    @WithDefault("5")
    int maxAttempts();

    /** The wait after the first failed attempt; it doubles after each further one. */
    @WithDefault("PT30S")
    Duration firstRetryWait();

    /** How often due deliveries are looked for. */
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

    /**
     * The webhook targets allowed, e.g. {@code https://finance.trust.example/hooks/}: a webhook URL must have an entry's
     * scheme, host (exactly, ignoring case) and port (explicit or the scheme's default; {@code *} for any) and a path
     * under the entry's path on a segment boundary. See {@link io.sdc.notification.subscription.WebhookTarget}.
     */
    @WithDefault("https://localhost/")
    List<String> webhookAllowList();

    @WithDefault("notifications@sdc.localhost")
    String emailFrom();

    /** The services' dead-letter topics, each of whose messages makes a notification for the admins. */
    @WithDefault("contract-service.dead-letter,performance-service.dead-letter,finance-service.dead-letter,notification-service.dead-letter")
    List<String> deadLetterTopics();

    /**
     * The AES-256 key, 32 bytes in Base64, that seals webhook secrets at rest (e.g. from {@code openssl rand -base64 32});
     * given as SDC_NOTIFICATIONS_SECRET_KEY. To change it, move the old one to retired-secret-keys.
     */
    String secretKey();

    /** Earlier secret keys: secrets sealed under them still open, and are sealed again under the current key at start. */
    java.util.Optional<List<String>> retiredSecretKeys();
}
