package io.sdc.contract.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.sdc.contract.changerequest.NotifiableChangeRequest;
import io.sdc.contract.changerequest.SeedContract;
import io.sdc.contract.changerequest.events.ChangeRequestEvents;
import io.sdc.contract.changerequest.events.ChangeRequestImplementationFailed;
import io.sdc.contract.changerequest.events.ChangeRequestSigned;
import io.sdc.contract.changerequest.events.ChangeRequestStepTaken;
import io.sdc.contract.changerequest.mapping.ChangeRequestMapper;
import io.sdc.contract.changerequest.service.ChangeRequestService;
import io.sdc.contract.contract.Contract;
import io.sdc.contract.contract.events.ContractChanged;
import io.sdc.contract.contract.events.ContractEvents;
import io.sdc.contract.contract.events.ContractVaried;
import io.sdc.contract.contract.mapping.ContractMapper;
import io.sdc.contract.contract.service.ContractService;
import io.sdc.contract.review.AnnualReview;
import io.sdc.contract.review.events.AnnualReviewRecorded;
import io.sdc.contract.review.mapping.AnnualReviewMapper;
import io.sdc.contract.review.service.AnnualReviewService;
import io.sdc.platform.events.CloudEventCodec;
import io.sdc.platform.events.DomainEvent;
import io.sdc.platform.events.OutboxEvent;
import io.sdc.platform.security.Roles;
import io.sdc.platform.testing.AsyncApiSchemas;
import io.sdc.platform.testing.EventRecords;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static io.sdc.contract.changerequest.SeedContract.activeContract;
import static io.sdc.contract.changerequest.SeedContract.as;
import static io.sdc.contract.changerequest.SeedContract.etag;
import static io.sdc.contract.changerequest.SeedContract.step;
import static io.sdc.contract.contract.ContractTestSupport.registerContract;
import static io.sdc.contract.contract.ContractTestSupport.reviseTitle;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/**
 * The AsyncAPI document is served and names every event type the service publishes; what it publishes fits it, and
 * each event's data is exactly the record its type names.
 */
@QuarkusTest
class AsyncApiDocumentTest {

    /** The records that are the data of the events contract-service publishes. */
    static final List<Class<? extends DomainEvent>> RECORDS = List.of(ContractChanged.class, ContractVaried.class,
            ChangeRequestStepTaken.class, ChangeRequestSigned.class, ChangeRequestImplementationFailed.class, AnnualReviewRecorded.class);

    @Inject
    CloudEventCodec codec;

    @Inject
    ObjectMapper objectMapper;

    @Inject
    ContractService contracts;

    @Inject
    AnnualReviewService reviews;

    @Inject
    ChangeRequestService changeRequests;

    @Test
    void isServedAndDocumentsEveryEventTypeThePublisherKnows() throws Exception {
        String yaml = given().when().get("/asyncapi.yaml").then().statusCode(200).extract().asString();
        JsonNode document = new YAMLMapper().readTree(yaml);
        assertThat(document.path("asyncapi").asText()).isEqualTo("3.0.0");
        assertThat(document.at("/channels/contractEvents/address").asText()).isEqualTo("contract.events");

        List<String> documented = new ArrayList<>();
        document.at("/components/messages").forEach(message -> documented.add(message.path("name").asText()));
        assertThat(documented).containsExactlyInAnyOrderElementsOf(EventRecords.types(RECORDS));
    }

    @Test
    void publishedEventsFitTheirSchemasAndBrokenOnesDoNot() throws Exception {
        AsyncApiSchemas schemas = new AsyncApiSchemas();
        String id = registerContract();
        reviseTitle(id, 0, "Revised for the schema check");
        List<OutboxEvent> published = QuarkusTransaction.requiringNew().call(() ->
                OutboxEvent.<OutboxEvent>list("subject = ?1 order by sequenceNumber", id));
        assertThat(published).extracting(OutboxEvent::type).containsExactly(ContractEvents.REGISTERED, ContractEvents.REVISED);

        for (OutboxEvent event : published) {
            ObjectNode message = (ObjectNode) objectMapper.readTree(codec.encode(event));
            assertThat(schemas.problems(message)).as(event.type() + " against its schema").isEmpty();

            ObjectNode broken = message.deepCopy();
            broken.remove("subject");
            ((ObjectNode) broken.get("data")).put("contractYearStart", "October");
            assertThat(schemas.problems(broken)).as("the schema catches a broken event").hasSizeGreaterThanOrEqualTo(2);
        }
    }

    /**
     * A contract activated, reviewed (and the review corrected), and varied by a service transfer taken through every
     * step from raising through both parties' signatures to implementation; a budget variation rejected and a governance
     * change withdrawn: each event's data is its record.
     */
    @Test
    void everyEventPublishedIsTheRecordItsTypeNames() throws Exception {
        String contract = activeContract();
        String review = as(Roles.COMMISSIONER).body("""
                        {"contractYear":"2014/15","reviewDate":"2015-12-09","performanceSummary":"Improving or stable.",
                         "budgetConfirmedInPrinciple":{"amount":"42200000.00","financialYear":"2016/17"},
                         "strategicPriorities":["Reforming the Early Help system"],"areasOfJointFocus":[],%s}"""
                        .formatted(SeedContract.ATTENDEES))
                .post("/api/v1/contracts/" + contract + "/annual-reviews").then().statusCode(201).extract().path("id");
        as(Roles.COMMISSIONER).header("If-Match", etag("/api/v1/annual-reviews/" + review)).header("Change-Reason", "Date as minuted")
                .body("""
                        {"contractYear":"2014/15","reviewDate":"2015-12-10","performanceSummary":"Improving or stable.",
                         "budgetConfirmedInPrinciple":{"amount":"42200000.00","financialYear":"2016/17"},
                         "strategicPriorities":["Reforming the Early Help system"],"areasOfJointFocus":[],%s}"""
                        .formatted(SeedContract.ATTENDEES))
                .put("/api/v1/annual-reviews/" + review).then().statusCode(200);
        String transfer = """
                {"type":"SERVICE_TRANSFER_IN","title":"Transfer of the Children with Disability service",
                 "rationale":"%s","effectiveDate":"2016-04-01","financialImpact":"-111000.00","requiresStatutoryDirection":true,
                 "serviceArea":{"code":"children-with-disability","name":"Children with Disability"}}""";
        String cwd = raise(contract, transfer.formatted("Closer alignment"));
        String path = "/api/v1/change-requests/" + cwd;
        as(Roles.COMMISSIONER).header("If-Match", etag(path)).body(transfer.formatted("Closer alignment with locality teams"))
                .put(path).then().statusCode(200);
        step(Roles.COMMISSIONER, cwd, "submission", null).then().statusCode(200);
        step(Roles.COMMISSIONER, cwd, "signatures", """
                {"position":"Director of People","annualReviewId":"%s","signedOn":"2015-12-09"}""".formatted(review)).then().statusCode(200);
        step(Roles.TRUST_PERFORMANCE, cwd, "signatures", "{\"position\":\"Chief Executive, DCST\"}").then().statusCode(200);
        step(Roles.COMMISSIONER, cwd, "statutory-direction", "{\"reference\":\"Further direction, 2016\"}").then().statusCode(200);
        step(Roles.COMMISSIONER, cwd, "approval", "{\"comment\":\"Cabinet decision\"}").then().statusCode(200);
        step(Roles.COMMISSIONER, cwd, "implementation", null).then().statusCode(200).body("variationNumber", equalTo(2));
        String budget = raise(contract, """
                {"type":"BUDGET_VARIATION","title":"Placements","rationale":"Increased activity","effectiveDate":"2016-01-01",
                 "budget":{"financialYear":"2015/16","line":"placements","amount":"348000.00"}}""");
        step(Roles.COMMISSIONER, budget, "submission", null).then().statusCode(200);
        step(Roles.COMMISSIONER, budget, "rejection", "{\"reason\":\"Met within the year\"}").then().statusCode(200);
        String governance = raise(contract, """
                {"type":"GOVERNANCE","title":"Governance","rationale":"Reporting","effectiveDate":"2016-04-01"}""");
        step(Roles.COMMISSIONER, governance, "withdrawal", "{\"reason\":\"Covered by the review\"}").then().statusCode(200);

        List<OutboxEvent> published = QuarkusTransaction.requiringNew().call(() ->
                OutboxEvent.<OutboxEvent>list("subject = ?1 order by sequenceNumber", contract));
        List<String> types = new ArrayList<>(EventRecords.types(RECORDS));
        types.remove(ChangeRequestEvents.IMPLEMENTATION_FAILED);
        assertThat(published).extracting(OutboxEvent::type).containsAll(types);
        EventRecords.assertMatch(objectMapper, RECORDS, published);
        AsyncApiSchemas schemas = new AsyncApiSchemas();
        for (OutboxEvent event : published) {
            assertThat(schemas.problems(codec.encode(event))).as(event.type() + " against its schema").isEmpty();
        }
        assertTheRecordsWriteWhatTheViewsGave(contract, review, cwd);
    }

    /**
     * The records write, field for field and in the same order, the data the events had when they were the REST
     * views: the contract's and the review's view, and the change request's view without its steps and allowed
     * steps and with its latest step.
     */
    private void assertTheRecordsWriteWhatTheViewsGave(String contract, String review, String change) {
        QuarkusTransaction.requiringNew().run(() -> {
            Contract varied = contracts.get(UUID.fromString(contract));
            assertThat(objectMapper.valueToTree(ContractChanged.of(varied)).toString())
                    .isEqualTo(objectMapper.valueToTree(ContractMapper.toView(varied)).toString());
            AnnualReview recorded = reviews.get(UUID.fromString(review));
            assertThat(objectMapper.valueToTree(AnnualReviewRecorded.of(recorded)).toString())
                    .isEqualTo(objectMapper.valueToTree(AnnualReviewMapper.toView(recorded, List.of())).toString());
            NotifiableChangeRequest implemented = changeRequests.get(UUID.fromString(change));
            ObjectNode view = objectMapper.valueToTree(ChangeRequestMapper.toView(implemented));
            ArrayNode steps = view.withArray("steps");
            view.set("step", steps.get(steps.size() - 1));
            view.remove("steps");
            view.remove("allowedSteps");
            assertThat(objectMapper.valueToTree(ChangeRequestStepTaken.of(implemented)).toString()).isEqualTo(view.toString());
            view.put("service", "finance-service").put("reason", "No budget");
            assertThat(objectMapper.valueToTree(ChangeRequestImplementationFailed.of(implemented, "finance-service", "No budget"))
                    .toString()).isEqualTo(view.toString());
        });
    }

    private static String raise(String contract, String proposal) {
        return as(Roles.COMMISSIONER).body(proposal).post("/api/v1/contracts/" + contract + "/change-requests")
                .then().statusCode(201).extract().path("id");
    }
}
