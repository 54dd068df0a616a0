package io.sdc.notification.subscription.service;

import io.quarkus.runtime.Startup;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Webhook secrets: made at random, shown to the subscriber once, and kept only sealed with AES-256-GCM under the
 * service's key ({@code sdc.notifications.secret-key}), bound to their subscription so that a sealed secret copied
 * to another row does not open. Stored as {@code v1:<key id>:} and the Base64 of the 12-byte nonce followed by the
 * ciphertext; the key id (the first bytes of the key's SHA-256) names the key that sealed it, so that the key can be
 * rotated: the previous key goes to {@code sdc.notifications.retired-secret-keys}, secrets sealed under it still open,
 * and the service seals them again under the current key when it starts.
 */
@Startup
@Singleton
public class WebhookSecrets {

    static final String FORMAT = "v1:";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final String currentKeyId;
    private final Map<String, SecretKeySpec> keys = new LinkedHashMap<>();

    @Inject
    WebhookSecrets(WebhooksConfig config) {
        this(config.secretKey(), config.retiredSecretKeys().orElse(List.of()));
    }

    WebhookSecrets(String currentKey, List<String> retiredKeys) {
        SecretKeySpec current = key("sdc.notifications.secret-key", currentKey);
        this.currentKeyId = keyId(current);
        keys.put(currentKeyId, current);
        for (String retired : retiredKeys) {
            SecretKeySpec key = key("sdc.notifications.retired-secret-keys", retired);
            keys.putIfAbsent(keyId(key), key);
        }
    }

    /** A new secret for a subscription: 32 random bytes as hex. */
    public String generate() {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        return HexFormat.of().formatHex(secret);
    }

    /** The secret sealed for storage with its subscription, under the current key. */
    public String seal(UUID subscription, String secret) {
        byte[] nonce = new byte[NONCE_BYTES];
        RANDOM.nextBytes(nonce);
        try {
            Cipher cipher = cipher(Cipher.ENCRYPT_MODE, keys.get(currentKeyId), subscription, nonce);
            byte[] sealed = cipher.doFinal(secret.getBytes(StandardCharsets.UTF_8));
            return FORMAT + currentKeyId + ":"
                    + Base64.getEncoder().encodeToString(ByteBuffer.allocate(NONCE_BYTES + sealed.length).put(nonce).put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Could not seal a webhook secret", e);
        }
    }

    /** The secret a subscription's stored value seals; fails if its key is unknown, or it was sealed for another subscription. */
    public String open(UUID subscription, String stored) {
        String[] parts = stored.split(":", 3);
        if (!stored.startsWith(FORMAT) || parts.length != 3) {
            throw new IllegalStateException("The webhook secret of subscription " + subscription + " is not sealed");
        }
        SecretKeySpec key = keys.get(parts[1]);
        if (key == null) {
            throw new IllegalStateException("The webhook secret of subscription " + subscription + " is sealed under key " + parts[1]
                    + ", which is neither sdc.notifications.secret-key nor one of sdc.notifications.retired-secret-keys");
        }
        byte[] bytes = Base64.getDecoder().decode(parts[2]);
        try {
            Cipher cipher = cipher(Cipher.DECRYPT_MODE, key, subscription, Arrays.copyOf(bytes, NONCE_BYTES));
            return new String(cipher.doFinal(bytes, NONCE_BYTES, bytes.length - NONCE_BYTES), StandardCharsets.UTF_8);
        } catch (AEADBadTagException e) {
            throw new IllegalStateException("The webhook secret of subscription " + subscription
                    + " does not open: it was sealed for another subscription, or altered", e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Could not open a webhook secret", e);
        }
    }

    /** Whether a stored value is plain text or sealed under a key other than the current one. */
    public boolean needsSealing(String stored) {
        return !stored.startsWith(FORMAT + currentKeyId + ":");
    }

    /** A stored value sealed under the current key: plain text is sealed, a value under a retired key sealed again. */
    public String sealAgain(UUID subscription, String stored) {
        return seal(subscription, stored.startsWith(FORMAT) ? open(subscription, stored) : stored);
    }

    private static Cipher cipher(int mode, SecretKeySpec key, UUID subscription, byte[] nonce) throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, nonce));
        cipher.updateAAD(subscription.toString().getBytes(StandardCharsets.US_ASCII));
        return cipher;
    }

    private static SecretKeySpec key(String property, String base64) {
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(base64.trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(property + " must be Base64", e);
        }
        if (bytes.length != 32) {
            throw new IllegalStateException(property + " must be 32 bytes (256 bits) in Base64, not " + bytes.length
                    + " bytes; make one with: openssl rand -base64 32");
        }
        return new SecretKeySpec(bytes, "AES");
    }

    private static String keyId(SecretKeySpec key) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(key.getEncoded()), 0, 4);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
