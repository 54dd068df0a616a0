package io.sdc.portal.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.sdc.portal.config.PortalConfig;
import io.sdc.portal.session.CurrentPerson;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The portal's way to the services' public APIs, always as the signed-in person (their bearer token). It answers
 * whatever the service answered, refusals included; it only throws {@link ServiceUnavailable} when a service cannot
 * be reached at all.
 *
 * <pre>
 * ApiAnswer answer = backend.call(Service.CONTRACT, "POST", Backend.path("/api/v1/change-requests/{}/approval", id))
 *         .ifMatch(etag).reason(reason).json(Map.of("comment", comment)).send();
 * </pre>
 */
@RequestScoped
public class Backend {

    private static final HttpClient HTTP = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    @Inject
    PortalConfig config;
    @Inject
    CurrentPerson person;
    @Inject
    ObjectMapper json;

    /** A GET of a path (with its query) on a service. */
    public ApiAnswer get(Service service, String pathAndQuery) {
        return call(service, "GET", pathAndQuery).send();
    }

    public Call call(Service service, String method, String pathAndQuery) {
        return new Call(service, method, pathAndQuery);
    }

    /**
     * A path with each {@code {}} replaced by the next value, encoded as one path segment, so that no value can
     * change which resource is addressed.
     */
    public static String path(String template, Object... values) {
        StringBuilder path = new StringBuilder();
        int next = 0;
        int at = 0;
        while (true) {
            int hole = template.indexOf("{}", at);
            if (hole < 0) {
                break;
            }
            path.append(template, at, hole).append(segment(String.valueOf(values[next++])));
            at = hole + 2;
        }
        if (next != values.length) {
            throw new IllegalArgumentException("The path " + template + " has " + next + " holes for " + values.length + " values");
        }
        return path.append(template.substring(at)).toString();
    }

    /** A query string ({@code ?a=1&b=2}) of the parameters that have a non-blank value, each encoded. */
    public static String query(Map<String, ?> parameters) {
        String query = parameters.entrySet().stream()
                .filter(entry -> entry.getValue() != null && !String.valueOf(entry.getValue()).isBlank())
                .map(entry -> encode(entry.getKey()) + "=" + encode(String.valueOf(entry.getValue())))
                .collect(Collectors.joining("&"));
        return query.isEmpty() ? "" : "?" + query;
    }

    /** {@link #query(Map)} of pairs: {@code query("period", period, "page", page)}. */
    public static String query(Object... keysAndValues) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        for (int i = 0; i + 1 < keysAndValues.length; i += 2) {
            parameters.put(String.valueOf(keysAndValues[i]), keysAndValues[i + 1]);
        }
        return query(parameters);
    }

    private static String segment(String value) {
        return encode(value).replace("+", "%20");
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    URI base(Service service) {
        return switch (service) {
            case CONTRACT -> config.services().contract();
            case PERFORMANCE -> config.services().performance();
            case FINANCE -> config.services().finance();
            case NOTIFICATION -> config.services().notification();
            case REPORT -> config.services().report();
        };
    }

    /** One request to a service, built up and then sent. */
    public final class Call {
        private final Service service;
        private final String method;
        private final String pathAndQuery;
        private final Map<String, String> headers = new LinkedHashMap<>();
        private HttpRequest.BodyPublisher body = HttpRequest.BodyPublishers.noBody();

        private Call(Service service, String method, String pathAndQuery) {
            if (!pathAndQuery.startsWith("/")) {
                throw new IllegalArgumentException("A path starts with /: " + pathAndQuery);
            }
            this.service = service;
            this.method = method;
            this.pathAndQuery = pathAndQuery;
        }

        /** The {@code ETag} the person's form was shown with, so that a change made since is refused (412). */
        public Call ifMatch(String etag) {
            if (etag != null && !etag.isBlank()) {
                headers.put("If-Match", etag);
            }
            return this;
        }

        /** The reason the person gave, kept with the change in the audit history. */
        public Call reason(String reason) {
            if (reason != null && !reason.isBlank()) {
                headers.put("Change-Reason", URLEncoder.encode(reason.strip(), StandardCharsets.UTF_8).replace("+", "%20"));
            }
            return this;
        }

        /** Another header the operation reads, e.g. an uploaded file's {@code Content-Disposition} naming it. */
        public Call header(String name, String value) {
            if (value != null && !value.isBlank()) {
                headers.put(name, value);
            }
            return this;
        }

        /** The media types the service may answer with (JSON or a problem otherwise), e.g. {@code application/pdf}. */
        public Call accept(String mediaTypes) {
            headers.put("Accept", mediaTypes + ", application/problem+json");
            return this;
        }

        /** A JSON body: a map, a list or a record, written by Jackson. */
        public Call json(Object value) {
            try {
                body = HttpRequest.BodyPublishers.ofByteArray(json.writeValueAsBytes(value));
            } catch (JsonProcessingException e) {
                throw new IllegalArgumentException("The body cannot be written as JSON", e);
            }
            headers.put("Content-Type", "application/json");
            return this;
        }

        /** A body of another type, e.g. a finance system's CSV or XLSX export. */
        public Call body(String contentType, byte[] content) {
            body = HttpRequest.BodyPublishers.ofByteArray(content);
            headers.put("Content-Type", contentType);
            return this;
        }

        public ApiAnswer send() {
            URI uri = URI.create(base(service).toString().replaceAll("/+$", "") + pathAndQuery);
            HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(TIMEOUT)
                    .header("Accept", "application/json, application/problem+json")
                    .method(method, body);
            person.accessToken().ifPresent(token -> request.header("Authorization", "Bearer " + token));
            headers.forEach(request::setHeader);
            try {
                HttpResponse<byte[]> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
                return new ApiAnswer(response.statusCode(), response.headers().firstValue("ETag"),
                        response.headers().firstValue("Content-Type").orElse(""), ApiAnswer.parse(response.body()),
                        response.body(), response.headers());
            } catch (IOException e) {
                throw new ServiceUnavailable(service, e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new ServiceUnavailable(service, e);
            }
        }
    }
}
