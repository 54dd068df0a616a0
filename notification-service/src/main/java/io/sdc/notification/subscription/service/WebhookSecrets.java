package io.sdc.notification.subscription.service;

import io.quarkus.runtime.Startup;
import io.sdc.notification.delivery.service.NotificationsConfig;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.UUID;

/**
 * Webhook secrets: made at random, shown to the subscriber once, and kept only sealed with AES-256-GCM under the
 * service's key ({@code sdc.notifications.secret-key}), bound to their subscription so that a sealed secret copied
 * to another row does not open. Stored as {@code v1:} and the Base64 of the 12-byte nonce followed by the ciphertext.
 */
@Startup
@Singleton
public class WebhookSecrets {

    static final String FORMAT = "v1:";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SecretKeySpec key;

    @Inject
    WebhookSecrets(NotificationsConfig config) {
        this(config.secretKey());
    }

    WebhookSecrets(String base64Key) {
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(base64Key.trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("sdc.notifications.secret-key must be Base64", e);
        }
        if (bytes.length != 32) {
            throw new IllegalStateException("sdc.notifications.secret-key must be 32 bytes (256 bits) in Base64, not " + bytes.length
                    + " bytes; make one with: openssl rand -base64 32");
        }
        this.key = new SecretKeySpec(bytes, "AES");
    }

    /** A new secret for a subscription: 32 random bytes as hex. */
    public String generate() {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        return HexFormat.of().formatHex(secret);
    }

    /** The secret sealed for storage with its subscription. */
    public String seal(UUID subscription, String secret) {
        byte[] nonce = new byte[NONCE_BYTES];
        RANDOM.nextBytes(nonce);
        try {
            Cipher cipher = cipher(Cipher.ENCRYPT_MODE, subscription, nonce);
            byte[] sealed = cipher.doFinal(secret.getBytes(StandardCharsets.UTF_8));
            return FORMAT + Base64.getEncoder().encodeToString(ByteBuffer.allocate(NONCE_BYTES + sealed.length).put(nonce).put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Could not seal a webhook secret", e);
        }
    }

    /** The secret a subscription's stored value seals; fails if it was sealed under another key or for another subscription. */
    public String open(UUID subscription, String stored) {
        if (!stored.startsWith(FORMAT)) {
            throw new IllegalStateException("The webhook secret of subscription " + subscription + " is not sealed");
        }
        byte[] bytes = Base64.getDecoder().decode(stored.substring(FORMAT.length()));
        try {
            Cipher cipher = cipher(Cipher.DECRYPT_MODE, subscription, java.util.Arrays.copyOf(bytes, NONCE_BYTES));
            return new String(cipher.doFinal(bytes, NONCE_BYTES, bytes.length - NONCE_BYTES), StandardCharsets.UTF_8);
        } catch (AEADBadTagException e) {
            throw new IllegalStateException("The webhook secret of subscription " + subscription
                    + " does not open with this key (sealed under another sdc.notifications.secret-key, or altered)", e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Could not open a webhook secret", e);
        }
    }

    private Cipher cipher(int mode, UUID subscription, byte[] nonce) throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, nonce));
        cipher.updateAAD(subscription.toString().getBytes(StandardCharsets.US_ASCII));
        return cipher;
    }
}
