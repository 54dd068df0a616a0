package io.sdc.portal.session;

import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.time.Instant;
import java.util.Optional;

/**
 * Who is signed in on this request: from the local sign-in's sealed session cookie under the local stack, otherwise
 * from the OpenID Connect session (quarkus-oidc, authorization-code flow), whose access token is forwarded.
 */
@RequestScoped
public class CurrentPerson {

    @Inject
    Instance<LocalSessions> localSessions;
    @Inject
    SecurityIdentity identity;

    private Optional<SignedInPerson> person;

    public Optional<SignedInPerson> get() {
        if (person == null) {
            person = resolve();
        }
        return person;
    }

    /** The signed-in person; when there is none the portal sends the browser to sign in. */
    public SignedInPerson require() {
        return get().orElseThrow(NotSignedIn::new);
    }

    public Optional<String> accessToken() {
        return get().map(SignedInPerson::accessToken);
    }

    public Optional<Role> role() {
        return get().map(SignedInPerson::role);
    }

    /** True when the person acts in one of these roles. */
    public boolean is(Role... roles) {
        return get().map(signedIn -> signedIn.may(roles)).orElse(false);
    }

    /** Whether people sign in locally (the local stack) rather than with the identity provider. */
    public boolean localSignIn() {
        return localSessions.isResolvable() && localSessions.get().enabled();
    }

    private Optional<SignedInPerson> resolve() {
        if (localSignIn()) {
            return localSessions.get().current();
        }
        if (identity == null || identity.isAnonymous()) {
            return Optional.empty();
        }
        AccessTokenCredential token = identity.getCredential(AccessTokenCredential.class);
        Optional<Role> role = Role.actingRole(identity.getRoles());
        if (token == null || role.isEmpty()) {
            return Optional.empty();
        }
        String name = identity.getPrincipal().getName();
        String displayName = name;
        String session = name;
        if (identity.getPrincipal() instanceof JsonWebToken idToken) {
            displayName = text(idToken.getClaim("name")).orElse(name);
            session = name + ":" + text(idToken.getClaim("sid")).orElse(String.valueOf(idToken.getIssuedAtTime()));
        }
        return Optional.of(new SignedInPerson(name, displayName, role.get(), token.getToken(), session, Instant.MAX));
    }

    /** A claim's text, whether the token library gives it as a string or as a JSON string. */
    private static Optional<String> text(Object claim) {
        if (claim instanceof jakarta.json.JsonString json) {
            return Optional.of(json.getString());
        }
        return Optional.ofNullable(claim).map(Object::toString);
    }
}
