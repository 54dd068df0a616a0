package io.sdc.notification.subscription.service;

import org.junit.jupiter.api.Test;

import java.util.Base64;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Webhook secrets sealed at rest: they open only with the key and for the subscription they were sealed for. */
class WebhookSecretsTest {

    private static final String KEY = Base64.getEncoder().encodeToString("0123456789abcdef0123456789abcdef".getBytes());
    private static final String OTHER_KEY = Base64.getEncoder().encodeToString("fedcba9876543210fedcba9876543210".getBytes());

    private final WebhookSecrets secrets = new WebhookSecrets(KEY);

    @Test
    void sealsASecretThatOpensForItsSubscriptionOnly() {
        UUID subscription = UUID.randomUUID();
        String secret = secrets.generate();
        String sealed = secrets.seal(subscription, secret);

        assertThat(secret).hasSize(64).matches("[0-9a-f]+");
        assertThat(sealed).startsWith("v1:").doesNotContain(secret);
        assertThat(secrets.seal(subscription, secret)).as("a fresh nonce each time").isNotEqualTo(sealed);
        assertThat(secrets.open(subscription, sealed)).isEqualTo(secret);
        assertThatThrownBy(() -> secrets.open(UUID.randomUUID(), sealed)).hasMessageContaining("does not open");
        assertThatThrownBy(() -> new WebhookSecrets(OTHER_KEY).open(subscription, sealed)).hasMessageContaining("does not open");
    }

    @Test
    void refusesAnAlteredSealAndAnUnsealedValue() {
        UUID subscription = UUID.randomUUID();
        byte[] sealed = Base64.getDecoder().decode(secrets.seal(subscription, "s3cret").substring(3));
        sealed[sealed.length - 1] ^= 1;
        String altered = "v1:" + Base64.getEncoder().encodeToString(sealed);

        assertThatThrownBy(() -> secrets.open(subscription, altered)).hasMessageContaining("does not open");
        assertThatThrownBy(() -> secrets.open(subscription, "s3cret")).hasMessageContaining("not sealed");
    }

    @Test
    void refusesAKeyThatIsNot256Bits() {
        assertThatThrownBy(() -> new WebhookSecrets(Base64.getEncoder().encodeToString(new byte[16])))
                .hasMessageContaining("must be 32 bytes");
        assertThatThrownBy(() -> new WebhookSecrets("not base64!")).hasMessageContaining("must be Base64");
    }
}
