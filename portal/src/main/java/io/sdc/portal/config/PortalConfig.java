package io.sdc.portal.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.net.URI;
import java.util.Optional;

/** Where the portal finds the services, whom it serves, and the keys of its sessions. */
@ConfigMapping(prefix = "sdc.portal")
public interface PortalConfig {

    /** The council that commissions the services, named in the header beside the platform. */
    @WithDefault("Doncaster Council")
    String councilName();

    /** The base URL of each service (without {@code /api/v1}). */
    Services services();

    /**
     * A Base64 AES key of 256 bits: seals the local sign-in's session cookie and derives each session's form token.
     * Every instance behind one address must share it.
     */
    String sessionKey();

    /** The local sign-in, for the local stack only (see {@code LocalSignIn}). */
    LocalSignIn localSignIn();

    /** The identity provider's origin, allowed as a form target so that signing out can reach it. */
    Optional<URI> identityProviderOrigin();

    interface Services {
        URI contract();

        URI performance();

        URI finance();

        URI notification();

        URI report();
    }

    interface LocalSignIn {
        /**
         * Fixed when the portal is built: whether the local sign-in is part of the build at all. The container
         * images are built with {@code -Dsdc.portal.local-sign-in.available=false}.
         */
        @WithDefault("true")
        boolean available();

        /** The PEM file of the private key the local stack signs its tokens with; without it, no local sign-in. */
        Optional<String> privateKeyLocation();

        @WithDefault("sdc-local-stack")
        String issuer();

        /** How long a local session lasts, in minutes. */
        @WithDefault("480")
        int sessionMinutes();
    }
}
