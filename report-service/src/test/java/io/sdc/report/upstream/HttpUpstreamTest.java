package io.sdc.report.upstream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.sdc.platform.problem.ProblemException;
import io.sdc.platform.problem.ProblemType;
import io.sdc.report.RecordedServices;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URI;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The client asks as the caller and turns each kind of refusal of a service into the problem the report answers. */
class HttpUpstreamTest {

    private static final String PATH = "/api/v1/contracts/" + RecordedServices.DEMO_CONTRACT + "/milestones";
    private static RecordedServices services;
    private static Upstream upstream;

    @BeforeAll
    static void start() {
        services = RecordedServices.started();
        upstream = new HttpUpstream(services.config(), () -> "the-callers-token", new ObjectMapper());
    }

    @AfterAll
    static void stop() {
        services.stop();
    }

    @Test
    void readsTheJsonAsTheCallerForwardingTheirBearerToken() {
        services.answer("performance", PATH + "?asOf=2015-09-30", 200, "{\"milestones\":[{\"title\":\"Requires Improvement\"}]}");

        JsonNode answer = upstream.get(UpstreamService.PERFORMANCE, PATH + Upstream.query("asOf", "2015-09-30", "page", null));

        assertThat(answer.at("/milestones/0/title").asText()).isEqualTo("Requires Improvement");
        assertThat(services.authorizations()).last().isEqualTo("Bearer the-callers-token");
    }

    @Test
    void aQueryValueIsEncodedSoThatItCannotChangeTheRequest() {
        assertThat(Upstream.query("contractYear", "2014/15", "q", "a&b c")).isEqualTo("?contractYear=2014%2F15&q=a%26b%20c");
        assertThat(Upstream.query("period", null)).isEmpty();
    }

    @Test
    void aContractTheServiceDoesNotKnowIsNotFoundNamingIt() {
        assertThatThrownBy(() -> upstream.get(UpstreamService.CONTRACT, "/api/v1/contracts/00000000-0000-0000-0000-000000000000"))
                .isInstanceOfSatisfying(ProblemException.class, e -> {
                    assertThat(e.type()).isEqualTo(ProblemType.NOT_FOUND);
                    assertThat(e.getMessage()).isEqualTo("No contract with id 00000000-0000-0000-0000-000000000000");
                });
    }

    @Test
    void aRoleTheServiceRefusesIsForbiddenNamingTheService() {
        services.answer("finance", "/api/v1/budgets/b1", 403,
                "{\"type\":\"urn:sdc:problem:forbidden\",\"status\":403,\"detail\":\"Your role does not allow this operation\"}");
        services.answer("finance", "/api/v1/budgets/b2", 401, "");

        assertThatThrownBy(() -> upstream.get(UpstreamService.FINANCE, "/api/v1/budgets/b1"))
                .isInstanceOfSatisfying(ProblemException.class, e -> {
                    assertThat(e.type()).isEqualTo(ProblemType.FORBIDDEN);
                    assertThat(e.getMessage()).isEqualTo("The finance service does not let your role read /api/v1/budgets/b1: "
                            + "Your role does not allow this operation");
                });
        assertThatThrownBy(() -> upstream.get(UpstreamService.FINANCE, "/api/v1/budgets/b2"))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.type()).isEqualTo(ProblemType.FORBIDDEN));
    }

    @Test
    void aBadRequestIsRefusedWithTheServicesDetailAndViolations() {
        services.answer("performance", "/api/v1/contracts/c/scorecard?period=2015-Q9", 400,
                "{\"type\":\"urn:sdc:problem:validation-failed\",\"status\":400,\"detail\":\"'period' must be a quarter such as 2015-Q3\","
                        + "\"violations\":[{\"field\":\"period\",\"message\":\"must be a quarter such as 2015-Q3\"}]}");

        assertThatThrownBy(() -> upstream.get(UpstreamService.PERFORMANCE, "/api/v1/contracts/c/scorecard?period=2015-Q9"))
                .isInstanceOfSatisfying(ProblemException.class, e -> {
                    assertThat(e.type()).isEqualTo(ProblemType.VALIDATION_FAILED);
                    assertThat(e.getMessage()).isEqualTo("'period' must be a quarter such as 2015-Q3");
                    assertThat(e.violations()).extracting(v -> v.field()).containsExactly("period");
                });
    }

    @Test
    void aServiceThatFailsOrCannotBeReachedIsUnavailableNamingIt() {
        services.answer("notification", "/api/v1/broken", 500, "{}");
        Upstream nowhere = new HttpUpstream(new ServicesConfig() {
            public URI contract() {
                return URI.create("http://127.0.0.1:1");
            }

            public URI performance() {
                return contract();
            }

            public URI finance() {
                return contract();
            }

            public URI notification() {
                return contract();
            }
        }, () -> "t", new ObjectMapper());

        assertThatThrownBy(() -> upstream.get(UpstreamService.NOTIFICATION, "/api/v1/broken"))
                .isInstanceOfSatisfying(ServiceUnavailable.class, e -> {
                    assertThat(e.service()).isEqualTo(UpstreamService.NOTIFICATION);
                    assertThat(e.getMessage()).startsWith("The notification service is unavailable (it answered 500 to /api/v1/broken)");
                });
        assertThatThrownBy(() -> nowhere.get(UpstreamService.CONTRACT, "/api/v1/contracts"))
                .isInstanceOfSatisfying(ServiceUnavailable.class, e ->
                        assertThat(e.getMessage()).startsWith("The contract service is unavailable (not reachable)"));
    }
}
