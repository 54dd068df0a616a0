package io.sdc.portal.web;

import io.sdc.portal.config.PortalConfig;
import io.vertx.ext.web.Router;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

/**
 * Headers on every answer: a Content-Security-Policy that allows scripts and styles from the portal alone (no
 * inline script or style anywhere), frames denied, no MIME sniffing, no referrer; and pages (which carry personal
 * data) never cached. Also serves the design system's fonts and images where its stylesheet asks for them.
 */
@Singleton
public class SecurityHeaders {

    private static final String ASSETS = "/webjars/govuk-frontend/dist/govuk/assets/";

    @Inject
    PortalConfig config;

    void install(@Observes Router router) {
        String formAction = "'self'" + config.identityProviderOrigin().map(origin -> " " + origin).orElse("");
        String policy = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; "
                + "connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action " + formAction;
        router.route().order(-100).handler(context -> {
            context.addHeadersEndHandler(ignored -> {
                var headers = context.response().headers();
                headers.set("Content-Security-Policy", policy);
                headers.set("X-Frame-Options", "DENY");
                headers.set("X-Content-Type-Options", "nosniff");
                headers.set("Referrer-Policy", "no-referrer");
                headers.set("Cross-Origin-Opener-Policy", "same-origin");
                String path = context.normalizedPath();
                if (!path.startsWith("/webjars/") && !path.startsWith("/assets/") && !path.startsWith("/static/")) {
                    headers.set("Cache-Control", "no-store");
                }
            });
            context.next();
        });
        router.route("/assets/*").order(-80).handler(context -> {
            String rest = context.normalizedPath().substring("/assets/".length());
            context.reroute(ASSETS + rest);
        });
    }
}
