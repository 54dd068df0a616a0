package io.sdc.notification.subscription.service;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.util.List;
import java.util.Optional;

/** Where webhooks may go and how their secrets are kept: the subscriptions' part of {@code sdc.notifications}. */
@ConfigMapping(prefix = "sdc.notifications")
public interface WebhooksConfig {

    /**
     * The webhook targets allowed, e.g. {@code https://finance.trust.example/hooks/}: a webhook URL must have an entry's
     * scheme, host (exactly, ignoring case) and port (explicit or the scheme's default; {@code *} for any) and a path
     * under the entry's path on a segment boundary. See {@link io.sdc.notification.subscription.WebhookTarget}.
     */
    @WithDefault("https://localhost/")
    List<String> webhookAllowList();

    /**
     * The AES-256 key, 32 bytes in Base64, that seals webhook secrets at rest (e.g. from {@code openssl rand -base64 32});
     * given as SDC_NOTIFICATIONS_SECRET_KEY. To change it, move the old one to retired-secret-keys.
     */
    String secretKey();

    /** Earlier secret keys: secrets sealed under them still open, and are sealed again under the current key at start. */
    Optional<List<String>> retiredSecretKeys();
}
