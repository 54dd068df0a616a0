package io.sdc.finance.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.sdc.finance.budget.service.FinanceEvents;
import io.sdc.platform.events.CloudEventCodec;
import io.sdc.platform.events.OutboxEvent;
import io.sdc.platform.testing.AsyncApiSchemas;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The AsyncAPI document names every event type finance-service publishes, and every event the other tests of this
 * module published (all types among them) fits its schema. Runs after them.
 */
@QuarkusTest
@Order(Integer.MAX_VALUE)
class AsyncApiDocumentTest {

    @Inject
    CloudEventCodec codec;

    @Test
    void documentsEveryEventTypeAndEveryPublishedEventFitsItsSchema() throws Exception {
        JsonNode document = new YAMLMapper().readTree(given().when().get("/asyncapi.yaml").then().statusCode(200).extract().asString());
        List<String> documented = new ArrayList<>();
        document.at("/components/messages").forEach(message -> documented.add(message.path("name").asText()));
        List<String> types = new ArrayList<>();
        for (Field field : FinanceEvents.class.getFields()) {
            types.add((String) field.get(null));
        }
        assertThat(documented).containsExactlyInAnyOrderElementsOf(types);

        AsyncApiSchemas schemas = new AsyncApiSchemas();
        List<OutboxEvent> published = QuarkusTransaction.requiringNew().call(() ->
                OutboxEvent.<OutboxEvent>list("type like 'finance.%' order by sequenceNumber"));
        assertThat(published).extracting(OutboxEvent::type).containsAll(types);
        for (OutboxEvent event : published) {
            assertThat(schemas.problems(codec.encode(event))).as(event.type() + " against the AsyncAPI document").isEmpty();
        }
    }
}
