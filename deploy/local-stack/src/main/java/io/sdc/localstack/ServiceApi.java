package io.sdc.localstack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import org.jose4j.lang.JoseException;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Calls the running services' public APIs as a named user in a role, with a token from the local stack's issuer.
 * Every call states the answers it expects; any other answer stops the caller with the service's problem detail.
 */
final class ServiceApi {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final LocalTokens tokens;
    private final String user;
    private final Map<ServiceDefinition, String> baseUrls;
    private final Map<String, String> tokenPerRole = new HashMap<>();

    ServiceApi(LocalTokens tokens, String user, Map<ServiceDefinition, String> baseUrls) {
        this.tokens = tokens;
        this.user = user;
        this.baseUrls = baseUrls;
    }

    /** The same services called as another user, e.g. a demo person who must act under their own name. */
    ServiceApi as(String otherUser) {
        return new ServiceApi(tokens, otherUser, baseUrls);
    }

    /** An answer: its status, its ETag and its body as JSON (missing when it has none). */
    record Answer(int status, String etag, JsonNode body) {
        String id() {
            return body.path("id").asText();
        }
    }

    Answer get(ServiceDefinition service, String role, String path, int... expected) throws IOException, InterruptedException {
        return send(service, role, "GET", path, null, null, null, expected);
    }

    Answer post(ServiceDefinition service, String role, String path, String json, int... expected) throws IOException, InterruptedException {
        return send(service, role, "POST", path, "application/json", json, null, expected);
    }

    Answer put(ServiceDefinition service, String role, String path, String json, int... expected) throws IOException, InterruptedException {
        return send(service, role, "PUT", path, "application/json", json, null, expected);
    }

    /** Posts a file's text, such as a CSV monitoring return. */
    Answer upload(ServiceDefinition service, String role, String path, String contentType, String text, int... expected)
            throws IOException, InterruptedException {
        return send(service, role, "POST", path, contentType, text, null, expected);
    }

    /**
     * Reads {@code resource} for its ETag, then sends {@code method} to {@code resource + suffix} with it as If-Match. A
     * 412 (the resource changed in between, e.g. a scheduled check marked it) is answered as the API asks: read it again
     * and send again, a few times.
     */
    Answer update(ServiceDefinition service, String role, String method, String resource, String suffix, String json, int... expected)
            throws IOException, InterruptedException {
        boolean preconditionExpected = Arrays.stream(expected).anyMatch(status -> status == 412);
        for (int attempt = 1; ; attempt++) {
            String etag = get(service, "auditor", resource, 200).etag();
            Answer answer = send(service, role, method, resource + suffix, "application/json", json, etag);
            if (answer.status() == 412 && !preconditionExpected && attempt < 5) {
                continue;
            }
            return expect(answer, method, service, resource + suffix, role, expected);
        }
    }

    /** Polls {@code path} as an auditor until its answer satisfies {@code condition}, or gives up after {@code timeout}. */
    Answer await(ServiceDefinition service, String path, Predicate<Answer> condition, Duration timeout, String waitingFor)
            throws IOException, InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        while (true) {
            Answer answer = send(service, "auditor", "GET", path, null, null, null);
            if (condition.test(answer)) {
                return answer;
            }
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("Waited " + timeout.toSeconds() + " s for " + waitingFor + "; last answer "
                        + answer.status() + " " + answer.body());
            }
            Thread.sleep(250);
        }
    }

    private Answer send(ServiceDefinition service, String role, String method, String path, String contentType, String body,
                        String ifMatch, int... expected) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrls.get(service) + path))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token(role))
                .header("Accept", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        JsonNode json = response.body() == null || response.body().isBlank() ? MissingNode.getInstance() : JSON.readTree(response.body());
        return expect(new Answer(response.statusCode(), response.headers().firstValue("ETag").orElse(null), json),
                method, service, path, role, expected);
    }

    private static Answer expect(Answer answer, String method, ServiceDefinition service, String path, String role, int... expected) {
        if (expected.length > 0 && Arrays.stream(expected).noneMatch(status -> status == answer.status())) {
            throw new IllegalStateException(method + " " + service.module() + " " + path + " as " + role + " answered "
                    + answer.status() + ", not " + Arrays.toString(expected) + ": " + answer.body());
        }
        return answer;
    }

    private String token(String role) {
        return tokenPerRole.computeIfAbsent(role, r -> {
            try {
                return tokens.token(user, r);
            } catch (JoseException e) {
                throw new IllegalStateException("Could not sign a token for " + r, e);
            }
        });
    }
}
