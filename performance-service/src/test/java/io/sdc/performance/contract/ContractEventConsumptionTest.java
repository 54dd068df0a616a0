package io.sdc.performance.contract;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.sdc.performance.contract.repository.ContractRepository;
import io.sdc.performance.support.PerformanceTestSupport;
import io.sdc.platform.events.EventEnvelope;
import io.sdc.platform.security.Roles;
import io.sdc.platform.testing.TestTokens;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

/** contract-service's events reach performance-service's copy of the contract once each; what cannot be applied is kept. */
@QuarkusTest
class ContractEventConsumptionTest {

    @Inject
    PerformanceTestSupport support;

    @Inject
    ContractRepository contracts;

    @Inject
    EntityManager entityManager;

    @Test
    void appliesARedeliveredEventOnceAndDeadLettersAPoisonMessage() throws Exception {
        UUID id = UUID.randomUUID();
        EventEnvelope registered = support.contractEvent("contract.registered", id, "Children's Social Care", 0);
        support.send(id, support.encode(registered));
        support.send(id, support.encode(registered));
        support.send(id, "{\"specversion\":\"1.0\",\"id\":\"truncated");
        support.send(id, support.encode(support.contractEvent("contract.revised", id, "Revised after the poison", 1)));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(title(id)).isEqualTo("Revised after the poison"));
        assertThat(QuarkusTransaction.requiringNew().call(() -> contracts.count("id", id))).isEqualTo(1);
        assertThat(timesProcessed(registered.id())).isEqualTo(1);

        List<Map<String, Object>> deadLetters = given().auth().oauth2(TestTokens.forRole(Roles.ADMIN))
                .when().get("/api/v1/admin/dead-letters?size=200")
                .then().statusCode(200).extract().jsonPath().getList("findAll { it.key == '" + id + "' }");
        assertThat(deadLetters).hasSize(1);
        assertThat(deadLetters.get(0).get("reason").toString()).startsWith("Not a readable event");
        assertThat(deadLetters.get(0).get("topic")).isEqualTo("contract.events");
        assertThat(deadLetters.get(0).get("eventId")).isNull();

        given().auth().oauth2(TestTokens.forRole(Roles.AUDITOR))
                .when().get("/api/v1/admin/dead-letters/" + deadLetters.get(0).get("id"))
                .then().statusCode(200).body("payload", containsString("truncated"));
    }

    @Test
    void replaysADeadLetterOnceItsCauseIsDealtWith() throws Exception {
        UUID id = UUID.randomUUID();
        EventEnvelope revised = support.contractEvent("contract.revised", id, "Revised before it was known", 1);
        support.send(id, support.encode(revised));

        String deadLetter = await().atMost(Duration.ofSeconds(30)).until(() -> given().auth().oauth2(TestTokens.forRole(Roles.ADMIN))
                .when().get("/api/v1/admin/dead-letters?size=200")
                .then().statusCode(200).extract().jsonPath().getString("find { it.eventId == '" + revised.id() + "' }.id"),
                value -> value != null);
        given().auth().oauth2(TestTokens.forRole(Roles.ADMIN)).when().get("/api/v1/admin/dead-letters/" + deadLetter)
                .then().body("handler", equalTo("ContractProjection"))
                .body("attempts", equalTo(3))
                .body("reason", containsString("is not known here yet"));
        assertThat(timesProcessed(revised.id())).isZero();

        given().auth().oauth2(TestTokens.forRole(Roles.AUDITOR)).when().post("/api/v1/admin/dead-letters/" + deadLetter + "/replay")
                .then().statusCode(403);
        given().auth().oauth2(TestTokens.forRole(Roles.ADMIN)).when().post("/api/v1/admin/dead-letters/" + deadLetter + "/replay")
                .then().statusCode(409).body("detail", containsString("still cannot be processed"));

        support.send(id, support.encode(support.contractEvent("contract.registered", id, "Registered late", 0)));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(title(id)).isEqualTo("Registered late"));

        given().auth().oauth2(TestTokens.forRole(Roles.ADMIN)).when().post("/api/v1/admin/dead-letters/" + deadLetter + "/replay")
                .then().statusCode(200).body("replayedAt", notNullValue()).body("attempts", equalTo(4));
        assertThat(title(id)).isEqualTo("Revised before it was known");
        assertThat(timesProcessed(revised.id())).isEqualTo(1);

        given().auth().oauth2(TestTokens.forRole(Roles.ADMIN)).when().post("/api/v1/admin/dead-letters/" + deadLetter + "/replay")
                .then().statusCode(409).body("detail", containsString("already replayed"));
        given().auth().oauth2(TestTokens.forRole(Roles.ADMIN)).when().get("/api/v1/admin/dead-letters?status=open&size=200")
                .then().statusCode(200).body("findAll { it.id == '" + deadLetter + "' }.size()", equalTo(0));
        given().auth().oauth2(TestTokens.forRole(Roles.ADMIN)).when().get("/api/v1/admin/dead-letters?status=forgotten")
                .then().statusCode(400);
    }

    private String title(UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> contracts.findByIdOptional(id).map(Contract::title).orElse(null));
    }

    private long timesProcessed(UUID eventId) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager
                .createNativeQuery("SELECT count(*) FROM processed_event WHERE event_id = ?1")
                .setParameter(1, eventId).getSingleResult()).longValue());
    }
}
