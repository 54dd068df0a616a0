package io.sdc.contract.contract;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.sdc.platform.events.OutboxEvent;
import io.sdc.platform.security.Roles;
import io.sdc.platform.testing.TestTokens;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static io.sdc.contract.contract.ContractTestSupport.register;
import static io.sdc.contract.contract.ContractTestSupport.revise;
import static io.sdc.contract.contract.ContractTestSupport.terms;
import static io.sdc.contract.contract.ContractTestSupport.uniqueReference;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.startsWith;

@QuarkusTest
class ContractResourceTest {

    @Test
    void registersAContractWithItsVersionAsETag() {
        String reference = uniqueReference();
        String id = register(terms(reference, "Children's Social Care", "2024-09-30"), null)
                .statusCode(201)
                .header("Location", containsString("/api/v1/contracts/"))
                .header("ETag", "\"0\"")
                .body("reference", equalTo(reference))
                .body("status", equalTo("DRAFT"))
                .body("contractYearStart", equalTo("--10-01"))
                .body("commissioner.identifier", equalTo("E08000017"))
                .extract().path("id");

        given().auth().oauth2(TestTokens.forRole(Roles.TRUST_FINANCE))
                .when().get("/api/v1/contracts/" + id)
                .then().statusCode(200).header("ETag", "\"0\"").body("provider.name", equalTo("Doncaster Children's Services Trust"));
        given().auth().oauth2(TestTokens.forRole(Roles.AUDITOR))
                .when().get("/api/v1/contracts?size=200")
                .then().statusCode(200).body("reference", hasItem(reference));
    }

    @Test
    void refusesInvalidTermsListingEveryFaultAndStoresNothing() {
        long contractsBefore = countContractEvents();
        String body = """
                {"reference":"", "title":"x", "commissioner":{"name":""}, "commencementDate":"2014-10-01",
                 "expiryDate":"2024-09-30", "financialYearStart":"--04-01"}""";

        register(body, null).statusCode(400)
                .contentType(startsWith("application/problem+json"))
                .body("type", equalTo("urn:sdc:problem:validation-failed"))
                .body("violations.field", hasItems("reference", "commissioner.name", "provider", "contractYearStart"));

        register(terms(uniqueReference(), "Dates the wrong way round", "2014-09-30"), null).statusCode(400)
                .body("detail", containsString("must be after the commencement date"));
        register(terms(uniqueReference(), "Not a date", "30/09/2024"), null).statusCode(400)
                .contentType(startsWith("application/problem+json"))
                .body("violations.field", hasItem("expiryDate"));
        register("{not json", null).statusCode(400).contentType(startsWith("application/problem+json"));

        assertThat(countContractEvents()).isEqualTo(contractsBefore);
    }

    @Test
    void refusesASecondContractWithTheSameReference() {
        String reference = uniqueReference();
        register(terms(reference, "First", "2024-09-30"), null).statusCode(201);
        register(terms(reference, "Second", "2024-09-30"), null).statusCode(409)
                .body("type", equalTo("urn:sdc:problem:conflict"));
    }

    @Test
    void revisesOnlyTheVersionTheCallerRead() {
        String reference = uniqueReference();
        String id = register(terms(reference, "Original title", "2024-09-30"), null).statusCode(201).extract().path("id");
        String revised = terms(reference, "Revised title", "2024-09-30");

        revise(id, null, revised, "c.jones", null).statusCode(428)
                .body("type", equalTo("urn:sdc:problem:precondition-required"));
        revise(id, "\"0\"", revised, "c.jones", null).statusCode(200).header("ETag", "\"1\"")
                .body("title", equalTo("Revised title"));
        revise(id, "\"0\"", terms(reference, "Lost update", "2024-09-30"), "c.jones", null).statusCode(412)
                .body("type", equalTo("urn:sdc:problem:precondition-failed"));
        revise(id, "not-a-tag", revised, "c.jones", null).statusCode(400);

        given().auth().oauth2(TestTokens.forRole(Roles.COMMISSIONER)).when().get("/api/v1/contracts/" + id)
                .then().body("title", equalTo("Revised title")).body("version", equalTo(1));
    }

    @Test
    void answersUnknownAndMalformedIdsWithProblems() {
        given().auth().oauth2(TestTokens.forRole(Roles.COMMISSIONER)).when().get("/api/v1/contracts/" + java.util.UUID.randomUUID())
                .then().statusCode(404).contentType(startsWith("application/problem+json"));
        given().auth().oauth2(TestTokens.forRole(Roles.COMMISSIONER)).when().get("/api/v1/contracts/not-an-id")
                .then().statusCode(400).body("detail", containsString("must be a UUID"));
        given().auth().oauth2(TestTokens.forRole(Roles.COMMISSIONER)).when().get("/api/v1/contracts?status=PENDING")
                .then().statusCode(400);
    }

    @Test
    void letsOnlyCommissionersRegister() {
        given().auth().oauth2(TestTokens.forRole(Roles.TRUST_FINANCE)).contentType("application/json")
                .body(terms(uniqueReference(), "By the trust", "2024-09-30"))
                .when().post("/api/v1/contracts")
                .then().statusCode(403).body("type", equalTo("urn:sdc:problem:forbidden"));
    }

    private static long countContractEvents() {
        return QuarkusTransaction.requiringNew().call(() -> OutboxEvent.count("type like 'contract.%'"));
    }
}
