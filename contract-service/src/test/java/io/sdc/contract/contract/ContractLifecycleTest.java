package io.sdc.contract.contract;

import io.quarkus.test.junit.QuarkusTest;
import io.sdc.platform.security.Roles;
import io.sdc.platform.testing.TestTokens;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static io.sdc.contract.contract.ContractTestSupport.registerContract;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/** The contract's status lifecycle, its scope while a draft, and its years. */
@QuarkusTest
class ContractLifecycleTest {

    @Test
    void movesOnlyAlongItsLifecycleAndFreezesTermsOnceActive() {
        String id = registerContract();
        String path = "/api/v1/contracts/" + id;
        as(Roles.COMMISSIONER).body("{\"code\":\"fostering\",\"name\":\"Fostering\",\"inScopeFrom\":\"2014-10-01\"}")
                .post(path + "/scope").then().statusCode(201).body("inScopeFrom", equalTo("2014-10-01"));
        as(Roles.COMMISSIONER).body("{\"code\":\"fostering\",\"name\":\"Fostering\",\"inScopeFrom\":\"2015-10-01\"}")
                .post(path + "/scope").then().statusCode(409);
        as(Roles.COMMISSIONER).body("{\"code\":\"adoption\",\"name\":\"Adoption\",\"inScopeFrom\":\"2014-09-30\"}")
                .post(path + "/scope").then().statusCode(400).body("detail", containsString("within the contract's term"));
        as(Roles.COMMISSIONER).body("{\"code\":\"Not A Code\",\"name\":\"x\",\"inScopeFrom\":\"2014-10-01\"}")
                .post(path + "/scope").then().statusCode(400).body("violations.field", contains("code"));

        as(Roles.COMMISSIONER).header("If-Match", "\"0\"").body("{\"status\":\"EXPIRED\"}").post(path + "/status")
                .then().statusCode(409).body("detail", equalTo("A DRAFT contract can move to ACTIVE, not EXPIRED"));
        as(Roles.COMMISSIONER).header("If-Match", "\"0\"").body("{\"status\":\"ACTIVE\"}").post(path + "/status")
                .then().statusCode(200).body("status", equalTo("ACTIVE")).header("ETag", "\"1\"");
        // Moving an agreed contract needs a reason, in the body or the Change-Reason header.
        as(Roles.COMMISSIONER).header("If-Match", "\"1\"").body("{\"status\":\"SUSPENDED\"}").post(path + "/status")
                .then().statusCode(400).body("violations.field", contains("reason"));
        as(Roles.COMMISSIONER).header("If-Match", "\"1\"").body("{\"status\":\"SUSPENDED\",\"reason\":\"Suspended by Cabinet\"}")
                .post(path + "/status").then().statusCode(200);
        as(Roles.COMMISSIONER).header("If-Match", "\"2\"").header("Change-Reason", "Resumed after the review")
                .body("{\"status\":\"ACTIVE\"}").post(path + "/status").then().statusCode(200);

        as(Roles.AUDITOR).get(path + "/versions").then().statusCode(200).body("number", contains(1))
                .body("[0].summary", equalTo("The contract as it commenced"));
        as(Roles.COMMISSIONER).body("{\"code\":\"adoption\",\"name\":\"Adoption\",\"inScopeFrom\":\"2015-10-01\"}")
                .post(path + "/scope").then().statusCode(409).body("detail", containsString("notifiable change request"));
        as(Roles.AUDITOR).get(path + "/scope?on=2015-01-01").then().statusCode(200).body("code", contains("fostering"));
        as(Roles.AUDITOR).get(path + "/scope?on=01/01/2015").then().statusCode(400);
        as(Roles.AUDITOR).get(path + "/versions/9").then().statusCode(404);
    }

    @Test
    void knowsTheContractYearAndFinancialYearOfADate() {
        String id = registerContract();
        as(Roles.TRUST_FINANCE).get("/api/v1/contracts/" + id + "/years?date=2015-11-12").then().statusCode(200)
                .body("contractYear.label", equalTo("2015/16"))
                .body("contractYear.start", equalTo("2015-10-01"))
                .body("contractYear.end", equalTo("2016-09-30"))
                .body("financialYear.label", equalTo("2015/16"))
                .body("financialYear.start", equalTo("2015-04-01"))
                .body("withinTerm", equalTo(true));
        as(Roles.TRUST_FINANCE).get("/api/v1/contracts/" + id + "/years?date=2015-09-30").then()
                .body("contractYear.label", equalTo("2014/15"))
                .body("financialYear.label", equalTo("2015/16"));
        as(Roles.TRUST_FINANCE).get("/api/v1/contracts/" + id + "/years?date=2016-03-31").then()
                .body("financialYear.label", equalTo("2015/16"))
                .body("financialYear.end", equalTo("2016-03-31"));
    }

    private static RequestSpecification as(String role) {
        return given().auth().oauth2(TestTokens.forRole(role)).contentType("application/json");
    }
}
