package io.sdc.finance.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.sdc.finance.budget.events.BudgetChanged;
import io.sdc.finance.budget.events.BudgetVariationRefused;
import io.sdc.finance.monitoring.events.ForecastOverspend;
import io.sdc.finance.monitoring.events.MonitoringReturnReturned;
import io.sdc.finance.monitoring.events.MonitoringReturnValidated;
import io.sdc.finance.monitoring.events.ReturnImported;
import io.sdc.finance.riskshare.events.OutturnFinalised;
import io.sdc.platform.events.CloudEventCodec;
import io.sdc.platform.events.DomainEvent;
import io.sdc.platform.events.OutboxEvent;
import io.sdc.platform.testing.AsyncApiSchemas;
import io.sdc.platform.testing.EventRecords;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The AsyncAPI document names every event type finance-service publishes, and every event the other tests of this
 * module published (all types among them) fits its schema and is exactly the record its type names. Runs after them.
 */
@QuarkusTest
@Order(Integer.MAX_VALUE)
class AsyncApiDocumentTest {

    /** The records whose data finance-service's events are, one for each event type (the budget's two share one). */
    static final List<Class<? extends DomainEvent>> RECORDS = List.of(BudgetChanged.class, BudgetVariationRefused.class,
            ReturnImported.class, MonitoringReturnValidated.class, MonitoringReturnReturned.class, ForecastOverspend.class,
            OutturnFinalised.class);

    @Inject
    CloudEventCodec codec;

    @Inject
    ObjectMapper objectMapper;

    @Test
    void documentsEveryEventTypeAndEveryPublishedEventFitsItsSchema() throws Exception {
        JsonNode document = new YAMLMapper().readTree(given().when().get("/asyncapi.yaml").then().statusCode(200).extract().asString());
        List<String> documented = new ArrayList<>();
        document.at("/components/messages").forEach(message -> documented.add(message.path("name").asText()));
        List<String> types = EventRecords.types(RECORDS);
        assertThat(documented).containsExactlyInAnyOrderElementsOf(types);

        AsyncApiSchemas schemas = new AsyncApiSchemas();
        List<OutboxEvent> published = QuarkusTransaction.requiringNew().call(() ->
                OutboxEvent.<OutboxEvent>list("type like 'finance.%' order by sequenceNumber"));
        assertThat(published).extracting(OutboxEvent::type).containsAll(types);
        for (OutboxEvent event : published) {
            assertThat(schemas.problems(codec.encode(event))).as(event.type() + " against the AsyncAPI document").isEmpty();
        }
        EventRecords.assertMatch(objectMapper, RECORDS, published);
    }
}
