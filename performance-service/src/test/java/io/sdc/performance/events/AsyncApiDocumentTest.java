package io.sdc.performance.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.sdc.performance.basket.service.BasketEvents;
import io.sdc.performance.inspection.service.InspectionEvents;
import io.sdc.performance.observation.service.IndicatorAlerts;
import io.sdc.performance.observation.service.ObservationService;
import io.sdc.platform.events.CloudEventCodec;
import io.sdc.platform.events.OutboxEvent;
import io.sdc.platform.testing.AsyncApiSchemas;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The AsyncAPI document names every event type performance-service publishes, and every event the other tests of
 * this module published (all types among them) fits its schema. Runs after them.
 */
@QuarkusTest
@Order(Integer.MAX_VALUE)
class AsyncApiDocumentTest {

    @Inject
    CloudEventCodec codec;

    @Test
    void documentsEveryEventTypeAndEveryPublishedEventFitsItsSchema() throws Exception {
        JsonNode document = new YAMLMapper().readTree(given().when().get("/asyncapi.yaml").then().statusCode(200).extract().asString());
        assertThat(document.at("/channels/performanceEvents/address").asText()).isEqualTo("performance.events");
        List<String> documented = new ArrayList<>();
        document.at("/components/messages").forEach(message -> documented.add(message.path("name").asText()));
        assertThat(documented).containsExactlyInAnyOrderElementsOf(eventTypes());

        // Whatever the other tests of this run published (observations, alerts, baskets, inspections, milestones).
        AsyncApiSchemas schemas = new AsyncApiSchemas();
        List<OutboxEvent> published = QuarkusTransaction.requiringNew().call(() ->
                OutboxEvent.<OutboxEvent>list("type like 'performance.%' order by sequenceNumber"));
        assertThat(published).extracting(OutboxEvent::type).containsAll(eventTypes());
        for (OutboxEvent event : published) {
            assertThat(schemas.problems(codec.encode(event))).as(event.type() + " against the AsyncAPI document").isEmpty();
        }
    }

    private static List<String> eventTypes() throws IllegalAccessException {
        List<String> types = new ArrayList<>();
        for (Class<?> events : List.of(ObservationService.class, IndicatorAlerts.class, BasketEvents.class, InspectionEvents.class)) {
            for (Field field : events.getFields()) {
                if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class
                        && ((String) field.get(null)).startsWith("performance.")) {
                    types.add((String) field.get(null));
                }
            }
        }
        return types;
    }
}
