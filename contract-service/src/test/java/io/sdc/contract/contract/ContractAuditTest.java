package io.sdc.contract.contract;

import io.quarkus.test.junit.QuarkusTest;
import io.sdc.platform.security.Roles;
import io.sdc.platform.testing.TestTokens;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;

import static io.restassured.RestAssured.given;
import static io.sdc.contract.contract.ContractTestSupport.register;
import static io.sdc.contract.contract.ContractTestSupport.revise;
import static io.sdc.contract.contract.ContractTestSupport.terms;
import static io.sdc.contract.contract.ContractTestSupport.uniqueReference;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

/** An auditor can see who changed a contract, when, from what to what, and why. */
@QuarkusTest
class ContractAuditTest {

    @Inject
    Clock clock;

    @Test
    void showsWhoChangedAContractWhenFromWhatToWhatAndWhy() {
        Instant before = Instant.now(clock);
        String reference = uniqueReference();
        String id = register(terms(reference, "Children's Social Care", "2024-09-30"), "Contract signed at transfer")
                .statusCode(201).extract().path("id");
        revise(id, "\"0\"", terms(reference, "Children's Social Care", "2019-09-30"), "a.patel",
                URLEncoder.encode("Term shortened – Cabinet decision", StandardCharsets.UTF_8).replace("+", "%20"))
                .statusCode(200);

        given().auth().oauth2(TestTokens.forRole(Roles.AUDITOR))
                .when().get("/api/v1/audit/contract/" + id)
                .then().statusCode(200)
                .body("", hasSize(2))
                .body("action", contains("CREATED", "UPDATED"))
                .body("actor", contains("c.jones", "a.patel"))
                .body("role", contains("commissioner", "commissioner"))
                .body("reason", contains("Contract signed at transfer", "Term shortened – Cabinet decision"))
                .body("[0].changedAt", notNullValue())
                .body("[1].changes.find { it.field == 'expiryDate' }.from", equalTo("2024-09-30"))
                .body("[1].changes.find { it.field == 'expiryDate' }.to", equalTo("2019-09-30"))
                .body("[1].changes.find { it.field == 'title' }", nullValue())
                .body("[1].state.version", equalTo(1));

        given().auth().oauth2(TestTokens.forRole(Roles.AUDITOR))
                .queryParam("contractId", id).queryParam("from", before.toString()).queryParam("to", Instant.now(clock).plusSeconds(60).toString())
                .when().get("/api/v1/audit/changes")
                .then().statusCode(200)
                .body("resourceId", contains(id, id))
                .body("revision", hasSize(2));

        given().auth().oauth2(TestTokens.forRole(Roles.AUDITOR))
                .queryParam("contractId", id).queryParam("from", Instant.now(clock).plusSeconds(60).toString())
                .when().get("/api/v1/audit/changes")
                .then().statusCode(200).body("", hasSize(0));
    }

    @Test
    void refusesBadAuditQueries() {
        given().auth().oauth2(TestTokens.forRole(Roles.AUDITOR)).queryParam("contractId", "x")
                .when().get("/api/v1/audit/changes").then().statusCode(400);
        given().auth().oauth2(TestTokens.forRole(Roles.AUDITOR))
                .queryParam("contractId", java.util.UUID.randomUUID().toString()).queryParam("from", "yesterday")
                .when().get("/api/v1/audit/changes").then().statusCode(400);
        given().auth().oauth2(TestTokens.forRole(Roles.AUDITOR))
                .when().get("/api/v1/audit/budget/" + java.util.UUID.randomUUID()).then().statusCode(404);
        given().auth().oauth2(TestTokens.forRole(Roles.TRUST_FINANCE))
                .when().get("/api/v1/audit/contract/" + java.util.UUID.randomUUID()).then().statusCode(403);
    }
}
