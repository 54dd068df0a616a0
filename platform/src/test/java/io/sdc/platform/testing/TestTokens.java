package io.sdc.platform.testing;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.util.KeyUtils;

import java.security.PrivateKey;
import java.time.Instant;
import java.util.Set;

/**
 * Real signed bearer tokens for tests, made with the test key pair the services trust under the test profile,
 * and the bad ones they must refuse: signed by another key, expired, or from another issuer.
 */
public final class TestTokens {

    public static final String ISSUER = "sdc-test";

    private TestTokens() {
    }

    public static String forRole(String role) {
        return forUser(role + "-user", role);
    }

    public static String forUser(String user, String... roles) {
        return Jwt.issuer(ISSUER).upn(user).subject(user).groups(Set.of(roles))
                .expiresIn(3600).sign(key("sdc-test-keys/private-key.pem"));
    }

    public static String signedByAnotherKey(String role) {
        return Jwt.issuer(ISSUER).upn(role + "-user").groups(Set.of(role))
                .expiresIn(3600).sign(key("sdc-test-keys/foreign-private-key.pem"));
    }

    public static String expired(String role) {
        return Jwt.issuer(ISSUER).upn(role + "-user").groups(Set.of(role))
                .issuedAt(Instant.now().minusSeconds(7200)).expiresAt(Instant.now().minusSeconds(3600))
                .sign(key("sdc-test-keys/private-key.pem"));
    }

    public static String fromAnotherIssuer(String role) {
        return Jwt.issuer("https://elsewhere.example").upn(role + "-user").groups(Set.of(role))
                .expiresIn(3600).sign(key("sdc-test-keys/private-key.pem"));
    }

    private static PrivateKey key(String location) {
        try {
            return KeyUtils.readPrivateKey(location);
        } catch (Exception e) {
            throw new IllegalStateException("Cannot read the test key " + location, e);
        }
    }
}
