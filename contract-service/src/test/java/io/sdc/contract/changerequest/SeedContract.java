package io.sdc.contract.changerequest;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import io.sdc.platform.security.Roles;
import io.sdc.platform.testing.TestEvents;
import io.sdc.platform.testing.TestTokens;

import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;

/**
 * The seed's contract: Doncaster council and the Doncaster Children's Services Trust, commenced 1 October 2014,
 * contract years from 1 October, financial years from 1 April, with the services transferred at commencement.
 */
public final class SeedContract {

    static final List<String> SCOPE_AT_TRANSFER = List.of("referral-and-response", "child-protection", "looked-after-children",
            "fostering", "adoption", "care-leavers", "childrens-homes", "youth-offending");

    /** Who attended the seed's first annual review, for each party, as an annual review document's field. */
    public static final String ATTENDEES = """
            "attendees":[{"name":"Damian Allen","position":"Director of Children's Services, DMBC","party":"COUNCIL"},
                         {"name":"Paul Moffat","position":"Chief Executive, DCST","party":"TRUST"}]""";

    private SeedContract() {
    }

    /** Registers the contract with its scope at transfer and activates it; returns its id. */
    public static String activeContract() {
        return activeContract("2024-09-30");
    }

    /** The seed's contract with another expiry date. */
    static String activeContract(String expiryDate) {
        String reference = "DCST-" + UUID.randomUUID().toString().substring(0, 8);
        String id = as(Roles.COMMISSIONER).body("""
                        {"reference":"%s","title":"Service Delivery Contract for Children's Social Care",
                         "commissioner":{"name":"Doncaster Metropolitan Borough Council","identifier":"E08000017"},
                         "provider":{"name":"Doncaster Children's Services Trust","identifier":"09133418"},
                         "commencementDate":"2014-10-01","expiryDate":"%s",
                         "contractYearStart":"--10-01","financialYearStart":"--04-01",
                         "statutoryDirections":["Direction establishing the Trust, 2014"]}""".formatted(reference, expiryDate))
                .post("/api/v1/contracts").then().statusCode(201).extract().path("id");
        for (String area : SCOPE_AT_TRANSFER) {
            as(Roles.COMMISSIONER).body("""
                            {"code":"%s","name":"%s","inScopeFrom":"2014-10-01"}""".formatted(area, area.replace('-', ' ')))
                    .post("/api/v1/contracts/" + id + "/scope").then().statusCode(201);
        }
        as(Roles.COMMISSIONER).header("If-Match", etag("/api/v1/contracts/" + id))
                .body("{\"status\":\"ACTIVE\",\"comment\":\"Services transferred to the Trust\"}")
                .post("/api/v1/contracts/" + id + "/status").then().statusCode(200);
        return id;
    }

    public static RequestSpecification as(String role) {
        return TestEvents.as(role);
    }

    public static RequestSpecification asUser(String user, String role) {
        return given().auth().oauth2(TestTokens.forUser(user, role)).contentType("application/json");
    }

    /** A submitted change request signed by the commissioner and then by trust finance: agreed in principle. */
    public static void signByBothParties(String changeRequestId) {
        step(Roles.COMMISSIONER, changeRequestId, "signatures", null).then().statusCode(200)
                .body("status", org.hamcrest.Matchers.equalTo("SUBMITTED"));
        step(Roles.TRUST_FINANCE, changeRequestId, "signatures", null).then().statusCode(200)
                .body("status", org.hamcrest.Matchers.equalTo("AGREED_IN_PRINCIPLE"));
    }

    public static String etag(String path) {
        return as(Roles.AUDITOR).get(path).then().statusCode(200).extract().header("ETag");
    }

    /** Takes a step on a change request with the ETag just read. */
    public static Response step(String role, String changeRequestId, String step, String body) {
        String path = "/api/v1/change-requests/" + changeRequestId;
        return as(role).header("If-Match", etag(path)).body(body == null ? "{}" : body).post(path + "/" + step);
    }
}
