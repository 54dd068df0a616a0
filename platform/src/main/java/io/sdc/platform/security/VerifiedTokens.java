package io.sdc.platform.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import io.smallrye.jwt.auth.principal.DefaultJWTParser;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import jakarta.annotation.Priority;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;

import javax.crypto.SecretKey;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.time.Duration;
import java.util.Optional;
import java.util.function.LongSupplier;

/**
 * Bearer tokens verified once, then recognised by their exact text until they expire. Checking a token's RS256
 * signature and parsing its claims is most of the work of an authenticated read, and a caller sends the same token
 * with every request until it runs out; so the verified token (its claims) is kept, keyed by the token's full text,
 * and the same text answers with the same claims without checking the signature again.
 * <ul>
 *   <li>Only a token the platform's verifier (smallrye-jwt, configured by {@code mp.jwt.verify.*}) accepted is kept;
 *   a token with any fault (bad signature, expired, wrong issuer, malformed) is verified, and refused, every time.
 *   A token altered in any character is another key, so it is verified afresh.</li>
 *   <li>A kept token is used only before its {@code exp} (without the verifier's clock skew), before its age limit
 *   when {@code mp.jwt.verify.token.age} sets one, and for at most {@code sdc.security.token-cache.lifetime} after it
 *   was verified, so that a change of the verification key is felt within that time. Past any of these it is verified
 *   again as if new, and an expired token is refused.</li>
 *   <li>At most {@code sdc.security.token-cache.size} tokens are kept (Caffeine's size bound: beyond it, those least
 *   likely to be used again go first); a token not kept is still verified and accepted, only not remembered.</li>
 * </ul>
 * Tokens verified against a key given by the caller ({@code verify}, {@code decrypt}) are never kept.
 */
@Alternative
@Priority(1)
@Singleton
public class VerifiedTokens implements JWTParser {

    private final JWTParser verifier;
    /** Epoch milliseconds of the machine's time, the time the verifier judges a token's exp by (never the business clock). */
    private final LongSupplier clock;
    private final long lifetimeMillis;
    private final Optional<Long> tokenAgeSeconds;
    private final int size;
    private final Cache<String, Verified> verified;

    /** A verified token and the instant (epoch milliseconds) after which it must be verified again. */
    private record Verified(JsonWebToken token, long usableUntil) {
    }

    @Inject
    VerifiedTokens(DefaultJWTParser verifier,
                   @ConfigProperty(name = "sdc.security.token-cache.size", defaultValue = "1000") int size,
                   @ConfigProperty(name = "sdc.security.token-cache.lifetime", defaultValue = "PT5M") Duration lifetime,
                   @ConfigProperty(name = "mp.jwt.verify.token.age") Optional<Long> tokenAgeSeconds) {
        this(verifier, System::currentTimeMillis, size, lifetime, tokenAgeSeconds);
    }

    VerifiedTokens(JWTParser verifier, LongSupplier clock, int size, Duration lifetime, Optional<Long> tokenAgeSeconds) {
        if (size < 0) {
            throw new IllegalArgumentException("sdc.security.token-cache.size must not be negative, not " + size);
        }
        this.verifier = verifier;
        this.clock = clock;
        this.size = size;
        this.lifetimeMillis = lifetime.toMillis();
        this.tokenAgeSeconds = tokenAgeSeconds;
        this.verified = Caffeine.newBuilder()
                .maximumSize(size)
                .executor(Runnable::run)
                .expireAfter(new Expiry<String, Verified>() {
                    @Override
                    public long expireAfterCreate(String token, Verified entry, long currentTime) {
                        return Math.max(0, Duration.ofMillis(entry.usableUntil() - clock.getAsLong()).toNanos());
                    }

                    @Override
                    public long expireAfterUpdate(String token, Verified entry, long currentTime, long currentDuration) {
                        return expireAfterCreate(token, entry, currentTime);
                    }

                    @Override
                    public long expireAfterRead(String token, Verified entry, long currentTime, long currentDuration) {
                        return currentDuration;
                    }
                })
                .build();
    }

    @Override
    public JsonWebToken parse(String token) throws ParseException {
        long now = clock.getAsLong();
        Verified known = token == null ? null : verified.getIfPresent(token);
        if (known != null) {
            if (now < known.usableUntil()) {
                return known.token();
            }
            verified.invalidate(token);
        }
        JsonWebToken accepted = verifier.parse(token);
        long until = usableUntil(accepted, now);
        if (size > 0 && until > now) {
            verified.put(token, new Verified(accepted, until));
        }
        return accepted;
    }

    private long usableUntil(JsonWebToken token, long now) {
        long until = now + lifetimeMillis;
        long expiry = token.getExpirationTime();
        if (expiry <= 0) {
            return now; // no expiry to honour: never kept
        }
        until = Math.min(until, Math.multiplyExact(expiry, 1000L));
        if (tokenAgeSeconds.isPresent()) {
            long issuedAt = token.getIssuedAtTime();
            until = issuedAt <= 0 ? now : Math.min(until, Math.multiplyExact(issuedAt + tokenAgeSeconds.get(), 1000L));
        }
        return until;
    }

    /** How many verified tokens are kept now (after any pending evictions). */
    long size() {
        verified.cleanUp();
        return verified.estimatedSize();
    }

    @Override
    public JsonWebToken parse(String token, JWTAuthContextInfo context) throws ParseException {
        return verifier.parse(token, context);
    }

    @Override
    public JsonWebToken verify(String token, PublicKey key) throws ParseException {
        return verifier.verify(token, key);
    }

    @Override
    public JsonWebToken verify(String token, SecretKey key) throws ParseException {
        return verifier.verify(token, key);
    }

    @Override
    public JsonWebToken verify(String token, String secret) throws ParseException {
        return verifier.verify(token, secret);
    }

    @Override
    public JsonWebToken decrypt(String token, PrivateKey key) throws ParseException {
        return verifier.decrypt(token, key);
    }

    @Override
    public JsonWebToken decrypt(String token, SecretKey key) throws ParseException {
        return verifier.decrypt(token, key);
    }

    @Override
    public JsonWebToken decrypt(String token, String secret) throws ParseException {
        return verifier.decrypt(token, secret);
    }

    @Override
    public JsonWebToken parseOnly(String token) throws ParseException {
        return verifier.parseOnly(token);
    }
}
