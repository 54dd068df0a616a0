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
import static io.sdc.contract.changerequest.SeedContract.asUser;
import static io.sdc.contract.changerequest.SeedContract.etag;
import static io.sdc.contract.changerequest.SeedContract.step;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

/**
 * The seed's annual review: three changes agreed in principle — the Children with Disability transfer (notifiable
 * because inconsistent with the statutory direction), management oversight of the Early Help Hub, and a revised PI
 * basket — none on the commissioner's word alone but each signed by both parties, then taken through their
 * lifecycles, with the scope changing from the effective date and every step published once, in order.
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
                           "Operational lead for the Corporate Parenting Board","Closer joint working on the Virtual School"],
                         %s}""".formatted(SeedContract.ATTENDEES))
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

        // The commissioner's word alone agrees none of them: the council's signature leaves each SUBMITTED, awaiting
        // the trust; a second commissioner cannot sign for the trust; the trust's own signatory agrees it in principle.
        String councilSignature = """
                {"position":"Director of People","comment":"Agreed in principle at the Annual Contract Review",
                 "annualReviewId":"%s","signedOn":"2015-12-09"}""".formatted(review);
        String trustSignature = """
                {"position":"Chief Executive, DCST","annualReviewId":"%s","signedOn":"2015-12-09"}""".formatted(review);
        for (String change : List.of(cwd, earlyHelp, basket)) {
            step(Roles.COMMISSIONER, change, "submission", null).then().statusCode(200).body("status", equalTo("SUBMITTED"))
                    .body("awaitingParties", contains("COUNCIL", "TRUST"));
            sign("d.allen", Roles.COMMISSIONER, change, councilSignature).then().statusCode(200)
                    .body("status", equalTo("SUBMITTED"))
                    .body("awaitingParties", contains("TRUST"))
                    .body("agreement", equalTo(null))
                    .body("signatures.party", contains("COUNCIL"))
                    .body("signatures[0].name", equalTo("d.allen"))
                    .body("signatures[0].role", equalTo("commissioner"))
                    .body("signatures[0].position", equalTo("Director of People"))
                    .body("signatures[0].signedOn", equalTo("2015-12-09"));
            sign("j.miller", Roles.COMMISSIONER, change, "{\"position\":\"Chief Executive, DCST\"}").then().statusCode(409)
                    .body("detail", containsString("The COUNCIL has already signed this change request: d.allen (Director of People)"));
            sign("p.moffat", change.equals(basket) ? Roles.TRUST_PERFORMANCE : Roles.TRUST_FINANCE, change, trustSignature)
                    .then().statusCode(200)
                    .body("status", equalTo("AGREED_IN_PRINCIPLE"))
                    .body("awaitingParties.size()", equalTo(0))
                    .body("signatures.name", contains("d.allen", "p.moffat"))
                    .body("signatures.party", contains("COUNCIL", "TRUST"))
                    .body("agreement.commissionerSignatory", equalTo("d.allen"))
                    .body("agreement.providerSignatory", equalTo("p.moffat"))
                    .body("agreement.agreedOn", equalTo("2015-12-09"))
                    .body("steps.to", contains("DRAFT", "SUBMITTED", "SUBMITTED", "AGREED_IN_PRINCIPLE"))
                    .body("steps[2].actor", equalTo("d.allen"))
                    .body("steps[3].actor", equalTo("d.allen and p.moffat"));
        }
        as(Roles.AUDITOR).get("/api/v1/annual-reviews/" + review).then().statusCode(200)
                .body("changesAgreedInPrinciple.reference", contains("NCR-1", "NCR-2", "NCR-3"))
                .body("attendees.name", contains("Damian Allen", "Paul Moffat"));
        // The history shows both people, each with their role and time, and what their signature changed.
        as(Roles.AUDITOR).get("/api/v1/audit/change-request/" + cwd).then().statusCode(200)
                .body("actor", hasItems("d.allen", "p.moffat"))
                .body("find { it.actor == 'd.allen' }.role", equalTo("commissioner"))
                .body("find { it.actor == 'd.allen' }.changedAt", notNullValue())
                .body("find { it.actor == 'p.moffat' }.role", equalTo("trust-finance"))
                .body("find { it.actor == 'p.moffat' }.changes.find { it.field == 'status' }.to", equalTo("AGREED_IN_PRINCIPLE"))
                .body("find { it.actor == 'p.moffat' }.changes.find { it.field == 'signatures' }.to.name", contains("d.allen", "p.moffat"));

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
                .body("steps.to", contains("DRAFT", "SUBMITTED", "SUBMITTED", "AGREED_IN_PRINCIPLE", "APPROVED", "IMPLEMENTED"))
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
                "contract.change-request.signed", "contract.change-request.signed",
                "contract.change-request.agreed-in-principle", "contract.change-request.statutory-direction-recorded",
                "contract.change-request.approved", "contract.change-request.implemented");
        assertThat(consumed).extracting(EventEnvelope::type)
                .containsSubsequence("contract.change-request.approved", "contract.varied", "contract.change-request.implemented");

        AsyncApiSchemas schemas = new AsyncApiSchemas();
        for (OutboxEvent event : written) {
            assertThat(schemas.problems(codec.encode(event))).as(event.type() + " against the AsyncAPI document").isEmpty();
        }
    }

    /** Signs a change request as a named person in a role, with the ETag just read. */
    private static io.restassured.response.Response sign(String user, String role, String change, String body) {
        String path = "/api/v1/change-requests/" + change;
        return asUser(user, role).header("If-Match", etag(path)).body(body).post(path + "/signatures");
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
