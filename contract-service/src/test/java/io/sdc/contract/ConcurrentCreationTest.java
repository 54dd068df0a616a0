package io.sdc.contract;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.sdc.contract.changerequest.SeedContract;
import io.sdc.contract.contract.ContractTestSupport;
import io.sdc.contract.contract.repository.ContractRepository;
import io.sdc.platform.security.Roles;
import io.sdc.platform.testing.AtOnce;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static io.sdc.contract.changerequest.SeedContract.as;
import static io.sdc.platform.testing.AtOnce.assertCreatedOnceOrConflict;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/**
 * Identical requests creating the same unique thing at the same moment: each is answered 201 or a 409 problem
 * naming what already exists, never 500, and exactly one thing exists afterwards. The database's constraints decide
 * the race; checks in code alone cannot.
 */
@QuarkusTest
class ConcurrentCreationTest {

    private static final int REQUESTS = 10;

    @Inject
    ContractRepository contracts;

    @Test
    void registeringContractsWithOneReferenceAtOnceRegistersOne() throws Exception {
        String reference = "SDC-RACE-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        String terms = """
                {"reference":"%s","title":"Children's Social Care Service Delivery Contract",
                 "commissioner":{"name":"Doncaster Metropolitan Borough Council"},
                 "provider":{"name":"Doncaster Children's Services Trust"},
                 "commencementDate":"2014-10-01","expiryDate":"2024-09-30",
                 "contractYearStart":"--10-01","financialYearStart":"--04-01"}""".formatted(reference);

        List<Response> answers = AtOnce.calls(REQUESTS, i -> as(Roles.COMMISSIONER).body(terms).post("/api/v1/contracts"));

        assertOneCreatedTheOthersRefusedNaming(answers, reference);
        assertThat(QuarkusTransaction.requiringNew().call(() -> contracts.count("reference", reference))).isEqualTo(1);
    }

    @Test
    void recordingAContractYearsAnnualReviewAtOnceRecordsOne() throws Exception {
        String contract = ContractTestSupport.registerContract();
        String reviews = "/api/v1/contracts/" + contract + "/annual-reviews";
        String review = """
                {"contractYear":"2014/15","reviewDate":"2015-12-09",
                 "performanceSummary":"Performance across almost all key indicators is showing improvement or stability.",
                 "strategicPriorities":["Reforming the Early Help system"],"areasOfJointFocus":[],
                 %s}""".formatted(SeedContract.ATTENDEES);

        List<Response> answers = AtOnce.calls(REQUESTS, i -> as(Roles.COMMISSIONER).body(review).post(reviews));

        assertOneCreatedTheOthersRefusedNaming(answers, "2014/15");
        as(Roles.AUDITOR).get(reviews).then().statusCode(200).body("size()", equalTo(1))
                .body("[0].contractYear", equalTo("2014/15"));
    }

    /**
     * Putting one service area in scope ten times at once puts it there once: the others are told it is already in
     * scope (409), as a repeat one after the other is; a POST makes a new scope entry, so a repeat is not silently
     * taken as the same one. An area may still come back into scope after a gap.
     */
    @Test
    void puttingAServiceAreaInScopeTenTimesAtOncePutsItThereOnce() throws Exception {
        String contract = ContractTestSupport.registerContract();
        String scope = "/api/v1/contracts/" + contract + "/scope";
        String fostering = """
                {"code":"fostering","name":"Fostering","inScopeFrom":"2014-10-01"}""";

        List<Response> answers = AtOnce.calls(REQUESTS, i -> as(Roles.COMMISSIONER).body(fostering).post(scope));

        assertOneCreatedTheOthersRefusedNaming(answers, "fostering");
        as(Roles.AUDITOR).get(scope).then().statusCode(200).body("code", contains("fostering"));

        // Overlapping dates are refused too, one after the other; a later period after a gap is not.
        as(Roles.COMMISSIONER).body("""
                {"code":"adoption","name":"Adoption","inScopeFrom":"2014-10-01","inScopeTo":"2015-03-31"}""").post(scope)
                .then().statusCode(201);
        as(Roles.COMMISSIONER).body("""
                {"code":"adoption","name":"Adoption","inScopeFrom":"2015-03-31"}""").post(scope)
                .then().statusCode(409).body("detail", containsString("adoption"));
        as(Roles.COMMISSIONER).body("""
                {"code":"adoption","name":"Adoption","inScopeFrom":"2016-04-01"}""").post(scope).then().statusCode(201);
        as(Roles.AUDITOR).get(scope).then().statusCode(200).body("code", contains("adoption", "fostering", "adoption"));
    }

    /** One of the requests created the thing; each other was refused with a 409 problem naming {@code what}. */
    private static void assertOneCreatedTheOthersRefusedNaming(List<Response> answers, String what) {
        assertCreatedOnceOrConflict(answers, 201);
        assertThat(answers).filteredOn(answer -> answer.statusCode() == 409)
                .allSatisfy(answer -> assertThat(answer.jsonPath().getString("detail")).contains(what));
    }
}
