package io.sdc.portal.web;

import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

import java.net.URI;

/**
 * Refuses, before any handler runs, a POST that the browser says was sent from another site: by its fetch metadata
 * ({@code Sec-Fetch-Site}) or, from older browsers, by an {@code Origin} that is not this portal's. The form token
 * ({@link Forms}) is the other layer.
 */
@Singleton
public class SameOriginPosts {

    void install(@Observes Router router) {
        router.route().order(-90).handler(context -> {
            if (context.request().method() == HttpMethod.GET || context.request().method() == HttpMethod.HEAD) {
                context.next();
                return;
            }
            String site = context.request().getHeader("Sec-Fetch-Site");
            String origin = context.request().getHeader("Origin");
            boolean crossSite = site != null && !site.equals("same-origin") && !site.equals("none");
            if (!crossSite && origin != null && !origin.equals("null")) {
                crossSite = !sameHost(origin, context.request().authority() == null ? null : context.request().authority().toString());
            }
            if (crossSite) {
                context.response().setStatusCode(403).putHeader("Content-Type", "text/plain; charset=UTF-8")
                        .end("This form was sent from another site, so it was refused. Nothing was changed.");
                return;
            }
            context.next();
        });
    }

    private static boolean sameHost(String origin, String authority) {
        try {
            URI uri = URI.create(origin);
            String host = uri.getPort() < 0 ? uri.getHost() : uri.getHost() + ":" + uri.getPort();
            return authority != null && (authority.equalsIgnoreCase(host)
                    || authority.equalsIgnoreCase(uri.getHost() + ":" + (origin.startsWith("https") ? 443 : 80)));
        } catch (IllegalArgumentException unreadable) {
            return false;
        }
    }
}
