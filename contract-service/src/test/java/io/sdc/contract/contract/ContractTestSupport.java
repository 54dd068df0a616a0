package io.sdc.contract.contract;

import io.restassured.response.ValidatableResponse;
import io.sdc.platform.security.Roles;
import io.sdc.platform.testing.TestTokens;

import java.util.UUID;

import static io.restassured.RestAssured.given;

/** Contract documents and calls the contract tests share; figures from the seed's contract. */
public final class ContractTestSupport {

    private ContractTestSupport() {
    }

    static String uniqueReference() {
        return "SDC-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    static String terms(String reference, String title, String expiryDate) {
        return """
                {"reference":"%s","title":"%s",
                 "commissioner":{"name":"Doncaster Metropolitan Borough Council","identifier":"E08000017"},
                 "provider":{"name":"Doncaster Children's Services Trust","identifier":"09133418"},
                 "commencementDate":"2014-10-01","expiryDate":"%s",
                 "contractYearStart":"--10-01","financialYearStart":"--04-01"}""".formatted(reference, title, expiryDate);
    }

    static ValidatableResponse register(String body, String reason) {
        var request = given().auth().oauth2(TestTokens.forUser("c.jones", Roles.COMMISSIONER)).contentType("application/json");
        if (reason != null) {
            request.header("Change-Reason", reason);
        }
        return request.body(body).when().post("/api/v1/contracts").then();
    }

    public static String registerContract() {
        return register(terms(uniqueReference(), "Children's Social Care Service Delivery Contract", "2024-09-30"), null)
                .statusCode(201).extract().path("id");
    }

    /** Changes only the title, from the version given, and returns nothing; fails the test if refused. */
    public static void reviseTitle(String id, long version, String title) {
        String reference = given().auth().oauth2(TestTokens.forRole(Roles.COMMISSIONER))
                .when().get("/api/v1/contracts/" + id).then().statusCode(200).extract().path("reference");
        revise(id, "\"" + version + "\"", terms(reference, title, "2024-09-30"), "c.jones", null).statusCode(200);
    }

    static ValidatableResponse revise(String id, String ifMatch, String body, String user, String reason) {
        var request = given().auth().oauth2(TestTokens.forUser(user, Roles.COMMISSIONER)).contentType("application/json");
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        if (reason != null) {
            request.header("Change-Reason", reason);
        }
        return request.body(body).when().put("/api/v1/contracts/" + id).then();
    }
}
