package io.sdc.portal.session;

import io.sdc.portal.config.PortalConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;

/**
 * The portal's session key at work: seals a session cookie (AES-256-GCM, so that it can be neither read nor altered
 * in the browser) and derives each session's form token (HMAC-SHA256).
 */
@ApplicationScoped
public class SessionSeal {

    private static final int IV_BYTES = 12;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SecretKeySpec key;
    private final SecretKeySpec macKey;

    @Inject
    public SessionSeal(PortalConfig config) {
        byte[] raw = Base64.getDecoder().decode(config.sessionKey().strip());
        if (raw.length != 32) {
            throw new IllegalStateException("sdc.portal.session-key must be 32 bytes in Base64 (an AES-256 key)");
        }
        this.key = new SecretKeySpec(raw, "AES");
        this.macKey = new SecretKeySpec(raw, "HmacSHA256");
    }

    public String seal(String text) {
        try {
            byte[] iv = new byte[IV_BYTES];
            RANDOM.nextBytes(iv);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, iv));
            byte[] sealed = cipher.doFinal(text.getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(
                    ByteBuffer.allocate(iv.length + sealed.length).put(iv).put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The session cannot be sealed", e);
        }
    }

    /** The sealed text, or nothing when the value was not sealed with this key or was altered. */
    public Optional<String> unseal(String value) {
        try {
            byte[] bytes = Base64.getUrlDecoder().decode(value);
            if (bytes.length <= IV_BYTES) {
                return Optional.empty();
            }
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(128, bytes, 0, IV_BYTES));
            return Optional.of(new String(cipher.doFinal(bytes, IV_BYTES, bytes.length - IV_BYTES), StandardCharsets.UTF_8));
        } catch (IllegalArgumentException | GeneralSecurityException notOurs) {
            return Optional.empty();
        }
    }

    /** The form token of a session: the same for every form of the session, unguessable without the key. */
    public String formToken(String sessionId) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(macKey);
            return Base64.getUrlEncoder().withoutPadding()
                    .encodeToString(mac.doFinal(("form:" + sessionId).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The form token cannot be made", e);
        }
    }

    public boolean sameToken(String expected, String given) {
        return given != null && MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
                given.getBytes(StandardCharsets.US_ASCII));
    }
}
