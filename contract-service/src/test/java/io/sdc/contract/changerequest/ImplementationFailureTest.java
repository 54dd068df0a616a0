package io.sdc.contract.changerequest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.sdc.contract.changerequest.events.ChangeRequestEvents;
import io.sdc.contract.changerequest.events.ChangeRequestImplementationFailed;
import io.sdc.platform.events.EventEnvelope;
import io.sdc.platform.events.OutboxEvent;
import io.sdc.platform.security.Roles;
import io.sdc.platform.testing.AsyncApiSchemas;
import io.sdc.platform.testing.EventRecords;
import io.sdc.platform.testing.ServiceEvents;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static io.sdc.contract.changerequest.SeedContract.activeContract;
import static io.sdc.contract.changerequest.SeedContract.as;
import static io.sdc.contract.changerequest.SeedContract.signByBothParties;
import static io.sdc.contract.changerequest.SeedContract.step;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

/**
 * An approved change that the service applying it refuses does not fail unseen: finance-service's refusal of a
 * budget variation, or performance-service's of a PI basket revision, arrives on Kafka as they publish it; the
 * change request then shows the implementation failure (which service, why, when) and a step in its history, and
 * contract-service announces it once, however often the refusal is delivered.
 */
@QuarkusTest
class ImplementationFailureTest {

    @Inject
    ServiceEvents events;

    @Test
    void financeServicesRefusalOfABudgetVariationIsRecordedAndAnnouncedOnce() throws Exception {
        String contract = activeContract();
        String change = approved(contract, """
                {"type":"BUDGET_VARIATION","title":"Contract variation for placement activity",
                 "rationale":"Increased activity in placements, in line with the contract","effectiveDate":"2019-10-01",
                 "budget":{"financialYear":"2019/20","line":"placements","amount":"348000.00"}}""");
        String reason = "finance-service has no budget for 2019/20 for this contract";
        EventEnvelope refusal = refusal("finance.budget-variation.refused", contract, change, reason);
        assertThat(producerDocument("finance-service").problems(events.encode(refusal)))
                .as("the refusal as finance-service's AsyncAPI document describes it").isEmpty();

        events.publish(refusal);

        String path = "/api/v1/change-requests/" + change;
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> as(Roles.COMMISSIONER).get(path).then().statusCode(200)
                .body("implementationFailure.service", equalTo("finance-service")));
        String recordedAt = as(Roles.AUDITOR).get(path).then().statusCode(200)
                .body("status", equalTo("APPROVED"))
                .body("implementationFailure.reason", equalTo(reason))
                .body("implementationFailure.recordedAt", notNullValue())
                .body("steps[-1].from", equalTo("APPROVED")).body("steps[-1].to", equalTo("APPROVED"))
                .body("steps[-1].actor", equalTo("finance-service"))
                .body("steps[-1].comment", equalTo("finance-service could not implement this change: " + reason))
                .extract().path("implementationFailure.recordedAt");
        as(Roles.AUDITOR).get("/api/v1/audit/change-request/" + change).then().statusCode(200)
                .body("[-1].actor", equalTo("system:contract-service"))
                .body("[-1].reason", containsString(refusal.id().toString()))
                .body("[-1].changes.field", hasItem("implementationFailureReason"))
                .body("[-1].state.implementationFailedService", equalTo("finance-service"));

        List<OutboxEvent> failures = implementationFailures(contract);
        assertThat(failures).hasSize(1);
        EventRecords.assertMatch(events.objectMapper(), List.of(ChangeRequestImplementationFailed.class), failures);
        JsonNode data = events.objectMapper().readTree(failures.get(0).data());
        assertThat(data.path("id").asText()).isEqualTo(change);
        assertThat(data.path("contractId").asText()).isEqualTo(contract);
        assertThat(data.path("reference").asText()).isEqualTo("NCR-1");
        assertThat(data.path("type").asText()).isEqualTo("BUDGET_VARIATION");
        assertThat(data.path("title").asText()).isEqualTo("Contract variation for placement activity");
        assertThat(data.path("service").asText()).isEqualTo("finance-service");
        assertThat(data.path("reason").asText()).isEqualTo(reason);
        assertThat(data.path("step").path("actor").asText()).isEqualTo("finance-service");
        AsyncApiSchemas schemas = new AsyncApiSchemas();
        assertThat(schemas.problems(events.codec().encode(failures.get(0)))).as("against the AsyncAPI document").isEmpty();
        assertThat(consumedMessageProblems(schemas, "financeEvents", "budgetVariationRefused", events.encode(refusal)))
                .as("the refusal against the document's message contract-service reads").isEmpty();
        ObjectNode broken = (ObjectNode) events.objectMapper().readTree(events.encode(refusal));
        ((ObjectNode) broken.get("data")).remove("reason");
        assertThat(consumedMessageProblems(schemas, "financeEvents", "budgetVariationRefused", broken.toString()))
                .as("the schema catches a refusal without its reason").isNotEmpty();

        // The same refusal delivered again, then another one about the same change: neither changes anything.
        long version = as(Roles.AUDITOR).get(path).then().extract().jsonPath().getLong("version");
        int steps = as(Roles.AUDITOR).get(path).then().extract().jsonPath().getList("steps").size();
        events.publish(refusal);
        EventEnvelope another = refusal("finance.budget-variation.refused", contract, change, "A different reason");
        events.publish(another);
        await().atMost(Duration.ofSeconds(30)).until(() -> events.processed(another.id()));

        as(Roles.AUDITOR).get(path).then().statusCode(200)
                .body("version", equalTo((int) version))
                .body("steps.size()", equalTo(steps))
                .body("implementationFailure.reason", equalTo(reason))
                .body("implementationFailure.recordedAt", equalTo(recordedAt));
        assertThat(implementationFailures(contract)).hasSize(1);
    }

    @Test
    void performanceServicesRefusalOfABasketRevisionIsRecordedAndAnnounced() throws Exception {
        String contract = activeContract();
        String change = approved(contract, """
                {"type":"PI_BASKET_REVISION","title":"A revised Performance Indicator basket",
                 "rationale":"Some measures are no longer relevant","effectiveDate":"2016-04-01","basketVersionId":"%s"}"""
                .formatted(UUID.randomUUID()));
        String reason = "performance-service knows no such basket version for this contract";
        EventEnvelope refusal = refusal("performance.basket-revision.refused", contract, change, reason);
        assertThat(producerDocument("performance-service").problems(events.encode(refusal)))
                .as("the refusal as performance-service's AsyncAPI document describes it").isEmpty();

        events.publish(refusal);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> as(Roles.AUDITOR).get("/api/v1/change-requests/" + change)
                .then().statusCode(200)
                .body("implementationFailure.service", equalTo("performance-service"))
                .body("implementationFailure.reason", equalTo(reason))
                .body("steps[-1].actor", equalTo("performance-service")));
        List<OutboxEvent> failures = implementationFailures(contract);
        assertThat(failures).hasSize(1);
        assertThat(events.objectMapper().readTree(failures.get(0).data()).path("service").asText()).isEqualTo("performance-service");
        assertThat(new AsyncApiSchemas().problems(events.codec().encode(failures.get(0)))).isEmpty();
    }

    @Test
    void aRefusalThatNamesNoChangeOfItsKindIsDeadLetteredAndChangesNothing() throws Exception {
        String contract = activeContract();
        String governance = approved(contract, """
                {"type":"GOVERNANCE","title":"Governance change","rationale":"Reporting to the monitoring group","effectiveDate":"2016-04-01"}""");
        EventEnvelope wrongKind = refusal("finance.budget-variation.refused", contract, governance, "No such budget line");
        EventEnvelope unknown = refusal("performance.basket-revision.refused", contract, UUID.randomUUID().toString(), "Unknown");

        events.publish(wrongKind);
        events.publish(unknown);

        await().atMost(Duration.ofSeconds(30)).until(() -> events.deadLettered(wrongKind.id()) && events.deadLettered(unknown.id()));
        as(Roles.AUDITOR).get("/api/v1/change-requests/" + governance).then().statusCode(200)
                .body("implementationFailure", equalTo(null));
        assertThat(implementationFailures(contract)).isEmpty();
    }

    /** Raises a change request as the council and takes it to APPROVED; returns its id. */
    private static String approved(String contract, String proposal) {
        String change = as(Roles.COMMISSIONER).body(proposal).post("/api/v1/contracts/" + contract + "/change-requests")
                .then().statusCode(201).extract().path("id");
        step(Roles.COMMISSIONER, change, "submission", null).then().statusCode(200);
        signByBothParties(change);
        step(Roles.COMMISSIONER, change, "approval", null).then().statusCode(200).body("status", equalTo("APPROVED"));
        return change;
    }

    /** A refusal as finance-service or performance-service publishes it. */
    private EventEnvelope refusal(String type, String contract, String change, String reason) {
        ObjectNode data = events.objectMapper().createObjectNode().put("changeRequestId", change).put("contractId", contract)
                .put("reference", "NCR-1").put("reason", reason);
        String source = type.startsWith("finance.") ? "finance-service" : "performance-service";
        return new EventEnvelope(UUID.randomUUID(), type, source, contract, events.now(), 1, data);
    }

    /** The AsyncAPI document of the service that publishes the refusal. */
    private static AsyncApiSchemas producerDocument(String service) throws Exception {
        return new AsyncApiSchemas(Path.of("../" + service + "/src/main/resources/META-INF/resources/asyncapi.yaml"));
    }

    /** What is wrong with an event, measured against the schema of a message the document says the service reads. */
    private Set<ValidationMessage> consumedMessageProblems(AsyncApiSchemas schemas, String channel, String message, String event)
            throws Exception {
        ObjectNode schema = schemas.document().deepCopy();
        schema.put("$ref", "#/channels/" + channel + "/messages/" + message + "/payload");
        return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(schema).validate(events.objectMapper().readTree(event));
    }

    private List<OutboxEvent> implementationFailures(String contract) {
        return events.outbox("subject = ?1 and type = ?2", contract, ChangeRequestEvents.IMPLEMENTATION_FAILED);
    }
}
