package io.sdc.portal.session;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.arc.properties.IfBuildProperty;
import io.sdc.portal.config.PortalConfig;
import io.vertx.core.http.Cookie;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.NewCookie;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.lang.JoseException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * The local stack's sign-in: a person picks one of the demo people, and the portal issues them a token signed with
 * the launcher's own key (which the services trust under the local stack) and keeps it in a sealed, HTTP-only
 * session cookie. It exists only in builds with {@code sdc.portal.local-sign-in.available=true} (the default for the
 * local stack; the container images are built with {@code false}, so it is not in them at all), and works only when
 * the launcher names its key ({@code sdc.portal.local-sign-in.private-key-location}).
 */
@ApplicationScoped
@IfBuildProperty(name = "sdc.portal.local-sign-in.available", stringValue = "true", enableIfMissing = true)
public class LocalSessions {

    public static final String COOKIE = "sdc-session";

    /** The demo people, one per role, named as the launcher names the holders of its printed tokens. */
    public static final List<DemoPerson> DEMO_PEOPLE = java.util.Arrays.stream(Role.values())
            .map(role -> new DemoPerson(role.claim() + "@local-stack", role.title() + " (demo)", role))
            .toList();

    @Inject
    PortalConfig config;
    @Inject
    SessionSeal seal;
    @Inject
    ObjectMapper json;
    @Inject
    RoutingContext routing;

    private volatile PrivateKey privateKey;

    public boolean enabled() {
        return config.localSignIn().privateKeyLocation().isPresent();
    }

    public Optional<DemoPerson> demoPerson(String username) {
        return DEMO_PEOPLE.stream().filter(person -> person.username().equals(username)).findFirst();
    }

    /** Signs the demo person in: their token, sealed into the session cookie the browser keeps. */
    public NewCookie signIn(DemoPerson person) {
        Instant expiresAt = Instant.now().plus(Duration.ofMinutes(config.localSignIn().sessionMinutes()));
        byte[] id = new byte[16];
        new SecureRandom().nextBytes(id);
        Session session = new Session(person.username(), person.displayName(), person.role().claim(),
                token(person, expiresAt), HexFormat.of().formatHex(id), expiresAt.getEpochSecond());
        try {
            return cookie(seal.seal(json.writeValueAsString(session)), config.localSignIn().sessionMinutes() * 60);
        } catch (IOException e) {
            throw new IllegalStateException("The session cannot be written", e);
        }
    }

    /** A cookie that ends the session in the browser. */
    public NewCookie signOut() {
        return cookie("", 0);
    }

    Optional<SignedInPerson> current() {
        Cookie cookie = routing.request().getCookie(COOKIE);
        if (cookie == null || cookie.getValue().isBlank()) {
            return Optional.empty();
        }
        return seal.unseal(cookie.getValue()).flatMap(this::read)
                .filter(session -> Instant.ofEpochSecond(session.expiresAt()).isAfter(Instant.now()))
                .flatMap(session -> Role.ofClaim(session.role()).map(role -> new SignedInPerson(session.username(),
                        session.displayName(), role, session.token(), session.id(), Instant.ofEpochSecond(session.expiresAt()))));
    }

    private Optional<Session> read(String text) {
        try {
            return Optional.of(json.readValue(text, Session.class));
        } catch (IOException unreadable) {
            return Optional.empty();
        }
    }

    private NewCookie cookie(String value, int maxAge) {
        return new NewCookie.Builder(COOKIE).value(value).path("/").httpOnly(true).secure(true)
                .sameSite(NewCookie.SameSite.STRICT).maxAge(maxAge).build();
    }

    private String token(DemoPerson person, Instant expiresAt) {
        JwtClaims claims = new JwtClaims();
        claims.setIssuer(config.localSignIn().issuer());
        claims.setSubject(person.username());
        claims.setClaim("upn", person.username());
        claims.setClaim("name", person.displayName());
        claims.setStringListClaim("groups", person.role().claim());
        claims.setIssuedAtToNow();
        claims.setExpirationTime(org.jose4j.jwt.NumericDate.fromSeconds(expiresAt.getEpochSecond()));
        claims.setGeneratedJwtId();
        JsonWebSignature signature = new JsonWebSignature();
        signature.setPayload(claims.toJson());
        signature.setKey(privateKey());
        signature.setKeyIdHeaderValue("local-stack");
        signature.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
        try {
            return signature.getCompactSerialization();
        } catch (JoseException e) {
            throw new IllegalStateException("The local token cannot be signed", e);
        }
    }

    private PrivateKey privateKey() {
        if (privateKey == null) {
            Path file = Path.of(config.localSignIn().privateKeyLocation().orElseThrow());
            try {
                String encoded = Files.readString(file, StandardCharsets.US_ASCII)
                        .replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
                privateKey = KeyFactory.getInstance("RSA")
                        .generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(encoded)));
            } catch (IOException | GeneralSecurityException e) {
                throw new IllegalStateException("The local stack's signing key cannot be read from " + file, e);
            }
        }
        return privateKey;
    }

    @io.quarkus.qute.TemplateData
    public record DemoPerson(String username, String displayName, Role role) {
    }

    record Session(String username, String displayName, String role, String token, String id, long expiresAt) {
    }
}
