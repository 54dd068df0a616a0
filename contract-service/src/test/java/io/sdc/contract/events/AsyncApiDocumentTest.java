package io.sdc.contract.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.sdc.contract.changerequest.service.ChangeRequestEvents;
import io.sdc.contract.contract.service.ContractEvents;
import io.sdc.contract.review.service.AnnualReviewEvents;
import io.sdc.platform.events.CloudEventCodec;
import io.sdc.platform.events.OutboxEvent;
import io.sdc.platform.testing.AsyncApiSchemas;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;

import static io.restassured.RestAssured.given;
import static io.sdc.contract.contract.ContractTestSupport.registerContract;
import static io.sdc.contract.contract.ContractTestSupport.reviseTitle;
import static org.assertj.core.api.Assertions.assertThat;

/** The AsyncAPI document is served, names every event type the service publishes, and what it publishes fits it. */
@QuarkusTest
class AsyncApiDocumentTest {

    @Inject
    CloudEventCodec codec;

    @Inject
    ObjectMapper objectMapper;

    @Test
    void isServedAndDocumentsEveryEventTypeThePublisherKnows() throws Exception {
        String yaml = given().when().get("/asyncapi.yaml").then().statusCode(200).extract().asString();
        JsonNode document = new YAMLMapper().readTree(yaml);
        assertThat(document.path("asyncapi").asText()).isEqualTo("3.0.0");
        assertThat(document.at("/channels/contractEvents/address").asText()).isEqualTo("contract.events");

        List<String> documented = new ArrayList<>();
        document.at("/components/messages").forEach(message -> documented.add(message.path("name").asText()));
        assertThat(documented).containsExactlyInAnyOrderElementsOf(eventTypes());
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

    static List<String> eventTypes() throws IllegalAccessException {
        List<String> types = new ArrayList<>();
        for (Class<?> events : List.of(ContractEvents.class, ChangeRequestEvents.class, AnnualReviewEvents.class)) {
            for (Field field : events.getFields()) {
                if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
                    types.add((String) field.get(null));
                }
            }
        }
        return types;
    }
}
