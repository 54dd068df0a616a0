package io.sdc.contract.changerequest;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.sdc.platform.testing.AsyncApiSchemas;
import io.sdc.contract.events.ContractEventRecorder;
import io.sdc.platform.events.CloudEventCodec;
import io.sdc.platform.events.EventEnvelope;
import io.sdc.platform.events.OutboxEvent;
import io.sdc.platform.security.Roles;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static io.sdc.contract.changerequest.SeedContract.activeContract;
import static io.sdc.contract.changerequest.SeedContract.as;
import static io.sdc.contract.changerequest.SeedContract.step;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

/**
 * The seed's annual review: three changes agreed in principle — the Children with Disability transfer (notifiable
 * because inconsistent with the statutory direction), management oversight of the Early Help Hub, and a revised PI
 * basket — taken through their lifecycles, with the scope changing from the effective date and every step
 * published once, in order.
 */
@QuarkusTest
class ChangeRequestLifecycleTest {

    @Inject
    ContractEventRecorder recorder;

    @Inject
    CloudEventCodec codec;

    @Test
    void takesTheSeedsThreeChangesThroughTheirLifecycles() throws Exception {
        String contract = activeContract();
        String review = as(Roles.COMMISSIONER).body("""
                        {"contractYear":"2014/15","reviewDate":"2015-12-09",
                         "performanceSummary":"Performance across almost all key indicators is showing improvement or stability.",
                         "budgetConfirmedInPrinciple":{"amount":"42200000.00","financialYear":"2016/17"},
                         "strategicPriorities":["Reforming the Early Help system"],
                         "areasOfJointFocus":["Joint commissioning of placements with the CCG",
                           "Operational lead for the Corporate Parenting Board","Closer joint working on the Virtual School"]}""")
                .post("/api/v1/contracts/" + contract + "/annual-reviews")
                .then().statusCode(201).body("budgetConfirmedInPrinciple.amount", equalTo("42200000.00")).extract().path("id");

        String cwd = raise(contract, """
                {"type":"SERVICE_TRANSFER_IN","title":"Transfer of the Children with Disability service to the Trust",
                 "rationale":"Closer alignment of the CWD team with Referral and Response and the locality social work teams",
                 "effectiveDate":"2016-04-01","requiresStatutoryDirection":true,
                 "serviceArea":{"code":"children-with-disability","name":"Children with Disability"}}""");
        String earlyHelp = raise(contract, """
                {"type":"SERVICE_TRANSFER_IN","title":"Management oversight of the Early Help Hub",
                 "rationale":"Co-location with the Trust's Referral and Response and MASH arrangements",
                 "effectiveDate":"2016-04-01",
                 "serviceArea":{"code":"early-help-hub","name":"Early Help Hub (management oversight)"}}""");
        String basket = raise(contract, """
                {"type":"PI_BASKET_REVISION","title":"A revised Performance Indicator basket",
                 "rationale":"Some measures are no longer relevant; targets and tolerances agreed after review of the baseline",
                 "effectiveDate":"2016-04-01","basketVersionId":"%s"}""".formatted(UUID.randomUUID()));

        String agreement = """
                {"agreedOn":"2015-12-09","commissionerSignatory":"Director of People","providerSignatory":"Chief Executive, DCST",
                 "annualReviewId":"%s","comment":"Agreed in principle at the Annual Contract Review"}""".formatted(review);
        for (String change : List.of(cwd, earlyHelp, basket)) {
            step(Roles.COMMISSIONER, change, "submission", null).then().statusCode(200).body("status", equalTo("SUBMITTED"));
            step(Roles.COMMISSIONER, change, "agreement", agreement).then().statusCode(200)
                    .body("status", equalTo("AGREED_IN_PRINCIPLE"))
                    .body("agreement.providerSignatory", equalTo("Chief Executive, DCST"));
        }
        as(Roles.AUDITOR).get("/api/v1/annual-reviews/" + review).then().statusCode(200)
                .body("changesAgreedInPrinciple.reference", contains("NCR-1", "NCR-2", "NCR-3"));

        // The CWD transfer waits for its further statutory direction.
        step(Roles.COMMISSIONER, cwd, "approval", null).then().statusCode(409)
                .body("detail", containsString("record the further statutory direction"));
        step(Roles.COMMISSIONER, cwd, "statutory-direction",
                "{\"reference\":\"Further statutory direction, CWD transfer, 2016\"}").then().statusCode(200);
        for (String change : List.of(cwd, earlyHelp, basket)) {
            step(Roles.COMMISSIONER, change, "approval", "{\"comment\":\"Cabinet decision\"}").then().statusCode(200)
                    .body("status", equalTo("APPROVED"));
        }

        step(Roles.COMMISSIONER, cwd, "implementation", null).then().statusCode(200)
                .body("status", equalTo("IMPLEMENTED")).body("variationNumber", equalTo(2))
                .body("steps.to", contains("DRAFT", "SUBMITTED", "AGREED_IN_PRINCIPLE", "APPROVED", "IMPLEMENTED"))
                .body("steps.actor", hasItem("commissioner.user"));
        step(Roles.COMMISSIONER, earlyHelp, "implementation", null).then().statusCode(200).body("variationNumber", equalTo(3));

        String scope = "/api/v1/contracts/" + contract + "/scope";
        as(Roles.AUDITOR).get(scope + "?on=2016-03-31").then().statusCode(200)
                .body("code", not(hasItem("children-with-disability"))).body("code", not(hasItem("early-help-hub")));
        as(Roles.AUDITOR).get(scope + "?on=2016-04-01").then().statusCode(200)
                .body("code", hasItem("children-with-disability")).body("code", hasItem("early-help-hub"));
        as(Roles.AUDITOR).get("/api/v1/contracts/" + contract + "/versions").then().statusCode(200)
                .body("number", contains(1, 2, 3));
        as(Roles.AUDITOR).get("/api/v1/contracts/" + contract + "/versions/1").then().statusCode(200)
                .body("effectiveFrom", equalTo("2014-10-01"))
                .body("contract.scope.code", not(hasItem("children-with-disability")));
        as(Roles.AUDITOR).get("/api/v1/contracts/" + contract + "/versions/2").then().statusCode(200)
                .body("effectiveFrom", equalTo("2016-04-01"))
                .body("summary", containsString("children-with-disability in scope from 2016-04-01"))
                .body("contract.scope.code", hasItem("children-with-disability"))
                .body("contract.statutoryDirections", hasItem("Further statutory direction, CWD transfer, 2016"));

        // Every step was published once, through the outbox, and a consumer saw them in the order they happened.
        List<OutboxEvent> written = QuarkusTransaction.requiringNew().call(() ->
                OutboxEvent.<OutboxEvent>list("subject = ?1 order by sequenceNumber", contract));
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                assertThat(recorder.appliedFor(contract)).hasSameSizeAs(written));
        List<EventEnvelope> consumed = recorder.appliedFor(contract);
        assertThat(consumed).extracting(EventEnvelope::id).doesNotHaveDuplicates()
                .containsExactlyElementsOf(written.stream().map(OutboxEvent::eventId).toList());
        assertThat(typesFor(consumed, cwd)).containsExactly(
                "contract.change-request.raised", "contract.change-request.submitted",
                "contract.change-request.agreed-in-principle", "contract.change-request.statutory-direction-recorded",
                "contract.change-request.approved", "contract.change-request.implemented");
        assertThat(consumed).extracting(EventEnvelope::type)
                .containsSubsequence("contract.change-request.approved", "contract.varied", "contract.change-request.implemented");

        AsyncApiSchemas schemas = new AsyncApiSchemas();
        for (OutboxEvent event : written) {
            assertThat(schemas.problems(codec.encode(event))).as(event.type() + " against the AsyncAPI document").isEmpty();
        }
    }

    private static String raise(String contract, String body) {
        return as(Roles.COMMISSIONER).body(body).post("/api/v1/contracts/" + contract + "/change-requests")
                .then().statusCode(201).body("status", equalTo("DRAFT")).extract().path("id");
    }

    private static List<String> typesFor(List<EventEnvelope> events, String changeRequest) {
        return events.stream().filter(event -> changeRequest.equals(event.data().path("id").asText()))
                .map(EventEnvelope::type).toList();
    }
}
