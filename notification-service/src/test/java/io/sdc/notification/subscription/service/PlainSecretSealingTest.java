package io.sdc.notification.subscription.service;

import io.quarkus.test.junit.QuarkusTest;
import io.sdc.notification.TestSupport;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** A webhook secret an earlier release kept in plain text is sealed when the service starts, and still signs. */
@QuarkusTest
class PlainSecretSealingTest {

    @Inject
    SubscriptionService subscriptions;

    @Inject
    WebhookSecrets secrets;

    @Inject
    TestSupport support;

    @Test
    void sealsAPlainSecretOnStartAndLeavesSealedOnesAlone() throws Exception {
        UUID plain = UUID.randomUUID();
        support.update("""
                INSERT INTO subscription (id, recipient, event_types, channel, webhook_url, webhook_secret, active, created_by,
                                          created_at, version)
                VALUES (?, 'role:trust-finance', '[]', 'WEBHOOK', 'http://localhost:1/hooks', 'an-old-plain-secret', FALSE,
                        'admin.user', ?, 0)""", plain, support.now());
        // Ended at once, like the plain one, so that no other test's notification is delivered to these receivers.
        var sealedOne = subscriptions.subscribe("role:commissioner", null, null,
                io.sdc.notification.subscription.Channel.WEBHOOK, null, "http://localhost:1/other", "admin.user").subscription();
        subscriptions.end(sealedOne.id(), "Only a test of sealing");
        String sealedBefore = sealedOne.sealedWebhookSecret();

        subscriptions.sealUnderTheCurrentKey(null);

        String stored = support.text("SELECT webhook_secret FROM subscription WHERE id = ?", plain);
        assertThat(stored).startsWith("v1:").doesNotContain("an-old-plain-secret");
        assertThat(secrets.open(plain, stored)).isEqualTo("an-old-plain-secret");
        assertThat(support.rows("SELECT count(*) FROM subscription WHERE webhook_secret = ?", sealedBefore))
                .as("a sealed secret is not sealed again").isEqualTo(1L);
    }
}
