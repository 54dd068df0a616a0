package io.sdc.platform.rest;

import io.quarkus.runtime.configuration.MemorySize;
import io.sdc.platform.problem.Problem;
import io.sdc.platform.problem.ProblemType;
import io.vertx.core.json.Json;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.List;

/**
 * A body announced larger than the service takes ({@code quarkus.http.limits.max-body-size}) is refused before it is
 * read, with a 413 problem that says the limit, instead of the bare status the HTTP layer would send. A body sent in
 * chunks, whose length is known only once it has been read, is refused with a 411 problem asking for its
 * {@code Content-Length}: every upload the API takes (JSON, a CSV or XLSX file) has a length known to its sender.
 */
@ApplicationScoped
public class BodySizeLimit {

    @ConfigProperty(name = "quarkus.http.limits.max-body-size", defaultValue = "10240K")
    MemorySize limit;

    void refuseOversizedBodies(@Observes Router router) {
        long bytes = limit.asLongValue();
        // Before the HTTP layer's own check (order -2), so that the refusal is a problem document.
        router.route().order(-3).handler(context -> {
            String chunked = context.request().getHeader("Transfer-Encoding");
            if (chunked != null && chunked.toLowerCase(java.util.Locale.ROOT).contains("chunked")
                    && context.request().path().startsWith("/api/")) {
                refuse(context, ProblemType.LENGTH_REQUIRED, "Send the body with a Content-Length header (at most " + bytes
                        + " bytes, " + describe(bytes) + "), not in chunks");
                return;
            }
            String announced = context.request().getHeader("Content-Length");
            long length;
            try {
                length = announced == null ? -1 : Long.parseLong(announced.strip());
            } catch (NumberFormatException e) {
                length = -1;
            }
            if (length > bytes) {
                refuse(context, ProblemType.PAYLOAD_TOO_LARGE,
                        "The body is " + length + " bytes; this service takes at most " + bytes + " bytes (" + describe(bytes) + ")");
                return;
            }
            context.next();
        });
    }

    private static void refuse(io.vertx.ext.web.RoutingContext context, ProblemType type, String detail) {
        Problem problem = new Problem(type.uri(), type.title(), type.status(), detail, context.request().path(), List.of());
        // The body is not read: once the answer is out the connection is closed, so that a client still sending
        // learns of the refusal instead of waiting for a server that no longer reads.
        context.response().setStatusCode(type.status()).putHeader("Content-Type", Problem.MEDIA_TYPE)
                .putHeader("Connection", "close").end(Json.encode(problem))
                .onComplete(sent -> context.request().connection().close());
    }

    private static String describe(long bytes) {
        return bytes % (1024 * 1024) == 0 ? bytes / (1024 * 1024) + " MiB" : bytes / 1024 + " KiB";
    }
}
