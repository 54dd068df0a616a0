package io.sdc.contract.changerequest;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.sdc.platform.testing.AtOnce;
import io.sdc.platform.security.Roles;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import static io.sdc.contract.changerequest.SeedContract.activeContract;
import static io.sdc.contract.changerequest.SeedContract.as;
import static io.sdc.contract.changerequest.SeedContract.etag;
import static io.sdc.contract.changerequest.SeedContract.signByBothParties;
import static io.sdc.contract.changerequest.SeedContract.step;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

/**
 * Change request numbers (NCR-n) and contract version numbers are given out one at a time per contract: requests
 * that number at the same moment each get their own number, with no gap and no refusal.
 */
@QuarkusTest
class NumberingRaceTest {

    private static final String GOVERNANCE = """
            {"type":"GOVERNANCE","title":"Governance change %d","rationale":"Reporting to the monitoring group","effectiveDate":"2016-04-01"}""";

    @Test
    void tenChangeRequestsRaisedAtOnceAreNumberedOneToTen() throws Exception {
        String contract = activeContract();
        String raise = "/api/v1/contracts/" + contract + "/change-requests";

        List<Response> answers = AtOnce.calls(10, i -> as(Roles.COMMISSIONER).body(GOVERNANCE.formatted(i)).post(raise));

        assertThat(answers).extracting(Response::statusCode).containsOnly(201);
        assertThat(answers).extracting(answer -> answer.jsonPath().getString("reference"))
                .containsExactlyInAnyOrderElementsOf(IntStream.rangeClosed(1, 10).mapToObj(n -> "NCR-" + n).toList());
        as(Roles.AUDITOR).get(raise + "?size=50").then().statusCode(200)
                .body("reference", contains(IntStream.rangeClosed(1, 10).mapToObj(n -> "NCR-" + n).toArray()));

        // Numbering goes on from there.
        as(Roles.COMMISSIONER).body(GOVERNANCE.formatted(11)).post(raise).then().statusCode(201).body("reference", equalTo("NCR-11"));
    }

    @Test
    void changesImplementedAtOnceEachMakeTheirOwnContractVersion() throws Exception {
        String contract = activeContract();
        List<String> approved = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            String change = as(Roles.COMMISSIONER).body(GOVERNANCE.formatted(i))
                    .post("/api/v1/contracts/" + contract + "/change-requests").then().statusCode(201).extract().path("id");
            step(Roles.COMMISSIONER, change, "submission", null).then().statusCode(200);
            signByBothParties(change);
            step(Roles.COMMISSIONER, change, "approval", null).then().statusCode(200);
            approved.add(change);
        }
        List<String> tags = approved.stream().map(change -> etag("/api/v1/change-requests/" + change)).toList();

        List<Response> answers = AtOnce.calls(approved.size(), i -> as(Roles.COMMISSIONER).header("If-Match", tags.get(i))
                .body("{}").post("/api/v1/change-requests/" + approved.get(i) + "/implementation"));

        assertThat(answers).extracting(Response::statusCode).containsOnly(200);
        assertThat(answers).extracting(answer -> answer.jsonPath().getInt("variationNumber"))
                .containsExactlyInAnyOrder(2, 3, 4, 5, 6, 7);
        as(Roles.AUDITOR).get("/api/v1/contracts/" + contract + "/versions").then().statusCode(200)
                .body("number", contains(1, 2, 3, 4, 5, 6, 7));
    }
}
