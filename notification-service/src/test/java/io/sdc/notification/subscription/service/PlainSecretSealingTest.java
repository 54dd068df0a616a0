package io.sdc.notification.subscription.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
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
    EntityManager entityManager;

    @Test
    void sealsAPlainSecretOnStartAndLeavesSealedOnesAlone() {
        UUID plain = UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery("""
                        INSERT INTO subscription (id, recipient, event_types, channel, webhook_url, webhook_secret, active, created_by,
                                                  created_at, version)
                        VALUES (?1, 'role:trust-finance', '[]', 'WEBHOOK', 'http://localhost:1/hooks', 'an-old-plain-secret', FALSE,
                                'admin.user', now(), 0)""").setParameter(1, plain).executeUpdate());
        // Ended at once, like the plain one, so that no other test's notification is delivered to these receivers.
        var sealedOne = subscriptions.subscribe("role:commissioner", null, null,
                io.sdc.notification.subscription.Channel.WEBHOOK, null, "http://localhost:1/other", "admin.user").subscription();
        subscriptions.end(sealedOne.id());
        String sealedBefore = sealedOne.sealedWebhookSecret();

        subscriptions.sealUnderTheCurrentKey(null);

        String stored = storedSecret(plain);
        assertThat(stored).startsWith("v1:").doesNotContain("an-old-plain-secret");
        assertThat(secrets.open(plain, stored)).isEqualTo("an-old-plain-secret");
        QuarkusTransaction.requiringNew().run(() -> assertThat(entityManager.createNativeQuery(
                "SELECT count(*) FROM subscription WHERE webhook_secret = ?1").setParameter(1, sealedBefore).getSingleResult())
                .as("a sealed secret is not sealed again").isEqualTo(1L));
    }

    private String storedSecret(UUID subscription) {
        return QuarkusTransaction.requiringNew().call(() -> (String) entityManager
                .createNativeQuery("SELECT webhook_secret FROM subscription WHERE id = ?1").setParameter(1, subscription).getSingleResult());
    }
}
