package io.sdc.notification.subscription;

import io.quarkus.test.junit.QuarkusTest;
import io.sdc.notification.TestSupport;
import io.sdc.platform.problem.Problem;
import io.sdc.platform.security.Roles;
import io.sdc.platform.testing.TestTokens;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

/**
 * The API refuses webhook URLs that only look as if they were on the allow-list (here {@code http://localhost:*}):
 * each is a 400 problem naming {@code webhookUrl}, and no subscription is made.
 */
@QuarkusTest
class WebhookUrlRefusalTest {

    @Inject
    TestSupport support;

    @Test
    void refusesUrlsThatOnlyStartLikeAnAllowedOne() throws Exception {
        for (String url : List.of(
                "http://localhost:8080@collector.elsewhere.example/steal",
                "http://localhost:8080/hooks\r\nX-Injected: yes",
                "http://localhost:8080/hooks one",
                "http://localhost:8080\\@collector.elsewhere.example/",
                "http://localhost:8080/hooks#fragment",
                "http://localhost.:8080/hooks",
                "http://localhost:8080/hooks/../admin",
                "http://2130706433:8080/hooks",
                "http://0x7f000001:8080/hooks",
                "http://127.1:8080/hooks",
                "http://[::1]:8080/hooks",
                "http://%6cocalhost:8080/hooks",
                "http://localhostevil.example:8080/hooks",
                "https://localhost:8443/hooks")) {
            support.subscribe(Roles.ADMIN, support.subscription("role:admin", "WEBHOOK", null).put("webhookUrl", url))
                    .then().statusCode(400).contentType(Problem.MEDIA_TYPE)
                    .body("violations.size()", equalTo(1))
                    .body("violations[0].field", equalTo("webhookUrl"))
                    .body("detail", startsWith("The webhook URL"));
            assertThat(support.rows("SELECT count(*) FROM subscription WHERE webhook_url = ?", url)).as("no subscription for " + url).isZero();
        }
    }

    @Test
    void acceptsAnAllowedUrl() {
        // About a contract of its own, so that no other test's event is sent to it.
        String id = support.subscribe(Roles.ADMIN, support.subscription("role:admin", "WEBHOOK", UUID.randomUUID(),
                        "contract.change-request.approved")
                        .put("webhookUrl", "http://LOCALHOST:8080/hooks/sdc?source=test"))
                .then().statusCode(201).body("webhookUrl", equalTo("http://LOCALHOST:8080/hooks/sdc?source=test"))
                .extract().path("id");
        given().auth().oauth2(TestTokens.forRole(Roles.ADMIN)).header("Change-Reason", "Only a test of the allow-list")
                .delete("/api/v1/subscriptions/" + id).then().statusCode(204);
    }
}
