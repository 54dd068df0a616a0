package io.sdc.platform.security;

import io.smallrye.jwt.auth.principal.DefaultJWTParser;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.ParseException;
import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.util.KeyUtils;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The cache of verified bearer tokens, in front of the real smallrye-jwt verifier with the test key pair: a kept
 * token is answered without verifying it again, but never past its expiry, its lifetime in the cache or the cache's
 * size, and a token that fails verification (bad signature, altered, expired) is refused every time and never kept.
 */
class VerifiedTokensTest {

    private static final String ISSUER = "sdc-test";

    /** The real verifier, with no clock skew, counting the tokens it is asked to verify. */
    static final class CountingVerifier extends DefaultJWTParser {
        final AtomicInteger verifications = new AtomicInteger();

        CountingVerifier() {
            super(context());
        }

        private static JWTAuthContextInfo context() {
            try {
                JWTAuthContextInfo context = new JWTAuthContextInfo(
                        KeyUtils.readPublicKey("sdc-test-keys/public-key.pem"), ISSUER);
                context.setClockSkew(0);
                return context;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }

        @Override
        public JsonWebToken parse(String token) throws ParseException {
            verifications.incrementAndGet();
            return super.parse(token);
        }
    }

    /** A clock that stands still until moved. */
    static final class MovableClock extends Clock {
        private Instant now = Instant.now();

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }

    private final CountingVerifier verifier = new CountingVerifier();

    private VerifiedTokens cache(int size, Duration lifetime) {
        return new VerifiedTokens(verifier, System::currentTimeMillis, size, lifetime, Optional.empty());
    }

    private static String token(String user, String role, Instant expiry, String keyLocation) {
        try {
            return Jwt.issuer(ISSUER).upn(user).subject(user).groups(Set.of(role)).expiresAt(expiry)
                    .sign(KeyUtils.readPrivateKey(keyLocation));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String token(String user, String role) {
        return token(user, role, Instant.now().plusSeconds(3600), "sdc-test-keys/private-key.pem");
    }

    @Test
    void aVerifiedTokenIsAnsweredAgainWithoutVerifyingIt() throws Exception {
        VerifiedTokens tokens = cache(100, Duration.ofMinutes(5));
        String token = token("auditor-user", "auditor");

        JsonWebToken first = tokens.parse(token);
        JsonWebToken again = tokens.parse(token);

        assertThat(again.getName()).isEqualTo("auditor-user");
        assertThat(again.getGroups()).containsExactly("auditor");
        assertThat(again).isSameAs(first);
        assertThat(verifier.verifications).hasValue(1);
        assertThat(tokens.size()).isEqualTo(1);
    }

    @Test
    void anExpiredTokenIsRefusedAfterBeingKept() throws Exception {
        VerifiedTokens tokens = cache(100, Duration.ofMinutes(5));
        // exp has whole seconds: the next whole second but one, at least a second from now.
        Instant expiry = Instant.ofEpochSecond(Instant.now().getEpochSecond() + 2);
        String token = token("auditor-user", "auditor", expiry, "sdc-test-keys/private-key.pem");

        assertThat(tokens.parse(token).getName()).isEqualTo("auditor-user");
        assertThat(tokens.parse(token).getName()).isEqualTo("auditor-user");
        assertThat(verifier.verifications).hasValue(1);

        Thread.sleep(Math.max(0, Duration.between(Instant.now(), expiry).toMillis()) + 100);

        assertRefused(tokens, token, token);
        assertVerifiedAndNoneKept(tokens, 3);
    }

    @Test
    void aTokenAlteredAfterItsOriginalWasKeptIsRefused() throws Exception {
        VerifiedTokens tokens = cache(100, Duration.ofMinutes(5));
        String token = token("auditor-user", "auditor");
        tokens.parse(token);

        String[] parts = token.split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
        assertThat(payload).contains("\"auditor\"");
        String promoted = parts[0] + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(
                payload.replace("\"auditor\"", "\"admin\"").getBytes(StandardCharsets.UTF_8)) + "." + parts[2];
        char last = parts[2].charAt(parts[2].length() - 2);
        String badSignature = parts[0] + "." + parts[1] + "." + parts[2].substring(0, parts[2].length() - 2)
                + (last == 'A' ? 'B' : 'A') + parts[2].charAt(parts[2].length() - 1);

        assertRefused(tokens, promoted, badSignature, token + "x");
        assertThat(tokens.parse(token).getGroups()).containsExactly("auditor");
        assertThat(tokens.size()).isEqualTo(1);
    }

    @Test
    void aTokenThatFailsVerificationIsNeverKept() {
        VerifiedTokens tokens = cache(100, Duration.ofMinutes(5));
        String foreign = token("auditor-user", "auditor", Instant.now().plusSeconds(3600), "sdc-test-keys/foreign-private-key.pem");
        String expired = token("auditor-user", "auditor", Instant.now().minusSeconds(60), "sdc-test-keys/private-key.pem");

        for (int i = 0; i < 3; i++) {
            assertRefused(tokens, foreign, expired);
        }
        assertVerifiedAndNoneKept(tokens, 6);
    }

    @Test
    void noMoreTokensAreKeptThanTheCacheHolds() throws Exception {
        VerifiedTokens tokens = cache(3, Duration.ofMinutes(5));
        for (int i = 0; i < 20; i++) {
            String user = "user-" + i;
            assertThat(tokens.parse(token(user, "auditor")).getName()).isEqualTo(user);
            assertThat(tokens.size()).isLessThanOrEqualTo(3);
        }
        assertThat(verifier.verifications).hasValue(20);
        assertThat(tokens.size()).isEqualTo(3);
    }

    @Test
    void aKeptTokenIsVerifiedAgainOnceItsLifetimeInTheCacheIsOver() throws Exception {
        MovableClock clock = new MovableClock();
        VerifiedTokens tokens = new VerifiedTokens(verifier, clock::millis, 100, Duration.ofMinutes(5), Optional.empty());
        keptThenVerifiedAgain(tokens, clock, Duration.ofMinutes(4), Duration.ofMinutes(2));
    }

    @Test
    void aTokenPastItsAgeLimitIsVerifiedAgain() throws Exception {
        MovableClock clock = new MovableClock();
        // Tokens may be at most 60 s old: this one, issued now, is kept for 60 s, not the cache's 5 minutes.
        VerifiedTokens tokens = new VerifiedTokens(verifier, clock::millis, 100, Duration.ofMinutes(5), Optional.of(60L));
        keptThenVerifiedAgain(tokens, clock, Duration.ofSeconds(30), Duration.ofSeconds(40));
    }

    /**
     * Parses an auditor's token, again after {@code kept} (still kept: verified once in all), and again after
     * {@code further} more (no longer kept: verified a second time).
     */
    private void keptThenVerifiedAgain(VerifiedTokens tokens, MovableClock clock, Duration kept, Duration further) throws Exception {
        String token = token("auditor-user", "auditor");

        tokens.parse(token);
        clock.advance(kept);
        tokens.parse(token);
        assertThat(verifier.verifications).hasValue(1);

        clock.advance(further);
        tokens.parse(token);
        assertThat(verifier.verifications).hasValue(2);
    }

    @Test
    void aCacheOfNoSizeKeepsNothing() throws Exception {
        VerifiedTokens tokens = cache(0, Duration.ofMinutes(5));
        String token = token("auditor-user", "auditor");

        tokens.parse(token);
        tokens.parse(token);

        assertVerifiedAndNoneKept(tokens, 2);
    }

    /** Each token offered, in turn, is refused as a token that does not verify. */
    private static void assertRefused(VerifiedTokens tokens, String... offered) {
        for (String token : offered) {
            assertThatThrownBy(() -> tokens.parse(token)).isInstanceOf(ParseException.class);
        }
    }

    /** The verifier was asked {@code verifications} times in all, and the cache keeps no token. */
    private void assertVerifiedAndNoneKept(VerifiedTokens tokens, int verifications) {
        assertThat(verifier.verifications).hasValue(verifications);
        assertThat(tokens.size()).isZero();
    }
}
