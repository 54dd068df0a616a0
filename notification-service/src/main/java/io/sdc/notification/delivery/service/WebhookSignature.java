package io.sdc.notification.delivery.service;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;

/**
 * The webhook signature scheme. Each POST carries {@code SDC-Timestamp} (seconds since the epoch) and
 * {@code SDC-Signature: v1=<hex>}, where hex is HMAC-SHA256, keyed with the subscription's secret, over the
 * timestamp, a full stop, and the exact body bytes. A receiver recomputes it, compares in constant time, and refuses
 * timestamps more than five minutes old.
 */
public final class WebhookSignature {

    public static final String TIMESTAMP_HEADER = "SDC-Timestamp";
    public static final String SIGNATURE_HEADER = "SDC-Signature";

    private WebhookSignature() {
    }

    public static String sign(String secret, long timestamp, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            mac.update((timestamp + ".").getBytes(StandardCharsets.UTF_8));
            return "v1=" + HexFormat.of().formatHex(mac.doFinal(body));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
