package io.sdc.report.upstream;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.sdc.platform.problem.Problem;
import io.sdc.platform.problem.ProblemException;
import io.sdc.platform.problem.ProblemType;
import jakarta.inject.Singleton;
import jakarta.inject.Inject;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * GETs JSON from the services' public APIs as the person asking: their bearer token is forwarded, so a service
 * answers exactly what that person may read. Decimal numbers are read exactly as written (BigDecimal, never double; 10.0 stays 10.0).
 */
@Singleton
public class HttpUpstream implements Upstream {

    private static final HttpClient HTTP = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final ServicesConfig config;
    private final Supplier<String> bearerToken;
    private final ObjectMapper json;

    @Inject
    public HttpUpstream(ServicesConfig config, JsonWebToken caller, ObjectMapper json) {
        this(config, caller::getRawToken, json);
    }

    /** The client with the token taken from elsewhere (tests). */
    public HttpUpstream(ServicesConfig config, Supplier<String> bearerToken, ObjectMapper json) {
        this.config = config;
        this.bearerToken = bearerToken;
        this.json = json;
    }

    @Override
    public JsonNode get(UpstreamService service, String pathAndQuery) {
        if (!pathAndQuery.startsWith("/")) {
            throw new IllegalArgumentException("A path starts with /: " + pathAndQuery);
        }
        URI uri = URI.create(config.base(service).toString().replaceAll("/+$", "") + pathAndQuery);
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(TIMEOUT).GET()
                .header("Accept", "application/json, application/problem+json");
        String token = bearerToken.get();
        if (token != null && !token.isBlank()) {
            request.header("Authorization", "Bearer " + token);
        }
        HttpResponse<byte[]> response;
        try {
            response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new ServiceUnavailable(service, "not reachable", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ServiceUnavailable(service, "interrupted", e);
        }
        int status = response.statusCode();
        if (status == 200) {
            try {
                return json.reader().with(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                        .without(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES).readTree(response.body());
            } catch (IOException e) {
                throw new ServiceUnavailable(service, "its answer to " + pathAndQuery + " is not JSON", e);
            }
        }
        throw refusal(service, pathAndQuery, status, problemOf(response.body()));
    }

    private RuntimeException refusal(UpstreamService service, String pathAndQuery, int status, Problem problem) {
        String detail = problem == null || problem.detail() == null || problem.detail().isBlank() ? null : problem.detail();
        List<Problem.Violation> violations = problem == null || problem.violations() == null ? List.of() : problem.violations();
        return switch (status) {
            case 404 -> new ProblemException(ProblemType.NOT_FOUND,
                    detail != null ? detail : "The " + service.key() + " service has nothing at " + pathOf(pathAndQuery));
            case 401, 403 -> new ProblemException(ProblemType.FORBIDDEN,
                    "The " + service.key() + " service does not let your role read " + pathOf(pathAndQuery)
                            + (detail != null ? ": " + detail : ""));
            case 400 -> new ProblemException(ProblemType.VALIDATION_FAILED,
                    detail != null ? detail : "The " + service.key() + " service refused " + pathAndQuery, new ArrayList<>(violations));
            default -> new ServiceUnavailable(service, "it answered " + status + " to " + pathOf(pathAndQuery), null);
        };
    }

    private Problem problemOf(byte[] body) {
        try {
            return body == null || body.length == 0 ? null : json.readValue(body, Problem.class);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private static String pathOf(String pathAndQuery) {
        int query = pathAndQuery.indexOf('?');
        return query < 0 ? pathAndQuery : pathAndQuery.substring(0, query);
    }
}
