package io.sdc.portal;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;

/**
 * What the launcher gives the portal under the local stack: a signing key for the local sign-in and a session key;
 * the services' addresses lead nowhere (a port nothing listens on).
 */
public class LocalSigningKey implements QuarkusTestResourceLifecycleManager {

    private Path directory;

    @Override
    public Map<String, String> start() {
        try {
            directory = Files.createTempDirectory("portal-keys");
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            Path privateKey = directory.resolve("private-key.pem");
            Files.writeString(privateKey, "-----BEGIN PRIVATE KEY-----\n"
                    + Base64.getMimeEncoder().encodeToString(generator.generateKeyPair().getPrivate().getEncoded())
                    + "\n-----END PRIVATE KEY-----\n", StandardCharsets.US_ASCII);
            byte[] sessionKey = new byte[32];
            new SecureRandom().nextBytes(sessionKey);
            String nowhere = "http://localhost:9";
            return Map.of(
                    "sdc.portal.local-sign-in.private-key-location", privateKey.toString(),
                    "sdc.portal.session-key", Base64.getEncoder().encodeToString(sessionKey),
                    "sdc.portal.services.contract", nowhere,
                    "sdc.portal.services.performance", nowhere,
                    "sdc.portal.services.finance", nowhere,
                    "sdc.portal.services.notification", nowhere);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void stop() {
        try (var files = Files.walk(directory)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException ignored) {
            // a temporary directory
        }
    }
}
