package io.sdc.notification.subscription.service;

import org.junit.jupiter.api.Test;

import java.util.Base64;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Webhook secrets sealed at rest: they open only with their key and for the subscription they were sealed for. */
class WebhookSecretsTest {

    private static final String KEY = Base64.getEncoder().encodeToString("0123456789abcdef0123456789abcdef".getBytes());
    private static final String NEXT_KEY = Base64.getEncoder().encodeToString("fedcba9876543210fedcba9876543210".getBytes());

    private final WebhookSecrets secrets = new WebhookSecrets(KEY, List.of());

    @Test
    void sealsASecretThatOpensForItsSubscriptionOnly() {
        UUID subscription = UUID.randomUUID();
        String secret = secrets.generate();
        String sealed = secrets.seal(subscription, secret);

        assertThat(secret).hasSize(64).matches("[0-9a-f]+");
        assertThat(sealed).matches("v1:[0-9a-f]{8}:.+").doesNotContain(secret);
        assertThat(secrets.seal(subscription, secret)).as("a fresh nonce each time").isNotEqualTo(sealed);
        assertThat(secrets.open(subscription, sealed)).isEqualTo(secret);
        assertThat(secrets.needsSealing(sealed)).isFalse();
        assertThatThrownBy(() -> secrets.open(UUID.randomUUID(), sealed)).hasMessageContaining("does not open");
        assertThatThrownBy(() -> new WebhookSecrets(NEXT_KEY, List.of()).open(subscription, sealed))
                .hasMessageContaining("neither sdc.notifications.secret-key nor one of sdc.notifications.retired-secret-keys");
    }

    @Test
    void opensUnderARetiredKeyAndSealsAgainUnderTheCurrentOne() {
        UUID subscription = UUID.randomUUID();
        String sealedUnderOldKey = secrets.seal(subscription, "s3cret");
        WebhookSecrets rotated = new WebhookSecrets(NEXT_KEY, List.of(KEY));

        assertThat(rotated.open(subscription, sealedUnderOldKey)).isEqualTo("s3cret");
        assertThat(rotated.needsSealing(sealedUnderOldKey)).isTrue();
        String sealedAgain = rotated.sealAgain(subscription, sealedUnderOldKey);
        assertThat(rotated.needsSealing(sealedAgain)).isFalse();
        assertThat(new WebhookSecrets(NEXT_KEY, List.of()).open(subscription, sealedAgain)).isEqualTo("s3cret");
        assertThat(rotated.needsSealing("plain-from-an-earlier-release")).isTrue();
        assertThat(rotated.open(subscription, rotated.sealAgain(subscription, "plain-from-an-earlier-release")))
                .isEqualTo("plain-from-an-earlier-release");
    }

    @Test
    void refusesAnAlteredSealAndAnUnsealedValue() {
        UUID subscription = UUID.randomUUID();
        String sealed = secrets.seal(subscription, "s3cret");
        String prefix = sealed.substring(0, sealed.lastIndexOf(':') + 1);
        byte[] bytes = Base64.getDecoder().decode(sealed.substring(prefix.length()));
        bytes[bytes.length - 1] ^= 1;
        String altered = prefix + Base64.getEncoder().encodeToString(bytes);

        assertThatThrownBy(() -> secrets.open(subscription, altered)).hasMessageContaining("does not open");
        assertThatThrownBy(() -> secrets.open(subscription, "s3cret")).hasMessageContaining("not sealed");
    }

    @Test
    void refusesAKeyThatIsNot256Bits() {
        assertThatThrownBy(() -> new WebhookSecrets(Base64.getEncoder().encodeToString(new byte[16]), List.of()))
                .hasMessageContaining("must be 32 bytes");
        assertThatThrownBy(() -> new WebhookSecrets("not base64!", List.of())).hasMessageContaining("must be Base64");
        assertThatThrownBy(() -> new WebhookSecrets(KEY, List.of("c2hvcnQ=")))
                .hasMessageContaining("sdc.notifications.retired-secret-keys must be 32 bytes");
    }
}
