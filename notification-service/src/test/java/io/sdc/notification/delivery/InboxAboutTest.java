package io.sdc.notification.delivery;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.sdc.notification.TestSupport;
import io.sdc.platform.security.Roles;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.sdc.notification.TestSupport.asUser;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.notNullValue;

/**
 * Each inbox entry names what its event was about beyond the contract: the kind of resource, from the event type, and
 * its id, from the event's data; an event whose data names no resource makes an entry without {@code about}.
 */
@QuarkusTest
class InboxAboutTest {

    @Inject
    TestSupport support;

    @Test
    void anInboxEntryNamesTheResourceItsEventWasAbout() throws Exception {
        String reader = "about." + UUID.randomUUID().toString().substring(0, 8);
        UUID contract = UUID.randomUUID();
        support.subscribe(Roles.ADMIN, support.subscription("user:" + reader, "INBOX", contract)).then().statusCode(201);
        UUID changeRequest = UUID.randomUUID();
        UUID budget = UUID.randomUUID();
        UUID basket = UUID.randomUUID();
        UUID milestone = UUID.randomUUID();
        Map<String, List<String>> expected = Map.of(
                "contract.change-request.submitted", List.of("change-request", changeRequest.toString()),
                "finance.budget.status-changed", List.of("budget", budget.toString()),
                "finance.forecast.overspend", List.of("forecast", budget.toString()),
                "finance.outturn.finalised", List.of("outturn", budget.toString()),
                "performance.basket-version.activated", List.of("basket-version", basket.toString()),
                "performance.milestone.missed", List.of("milestone", milestone.toString()),
                "performance.indicator.turned-red", List.of("indicator", "PI-07"));

        publish("contract.change-request.submitted", contract, data().put("id", changeRequest.toString()).put("contractId", contract.toString())
                .put("reference", "NCR-9").put("status", "SUBMITTED")
                .put("title", "A title that may change").put("type", "SERVICE_TRANSFER_IN").put("effectiveDate", "2016-04-01"));
        publish("finance.budget.status-changed", contract, data().put("id", budget.toString()).put("status", "APPROVED")
                .put("financialYear", "2016/17").put("total", "42311000.00"));
        publish("finance.forecast.overspend", contract, data().put("budgetId", budget.toString()).put("returnId", UUID.randomUUID().toString())
                .put("financialYear", "2016/17").put("period", "2016-Q3").put("variance", "348000.00"));
        publish("finance.outturn.finalised", contract, data().put("budgetId", budget.toString()).put("financialYear", "2016/17")
                .put("trustPositionAfterRiskShare", "49000.00"));
        publish("performance.basket-version.activated", contract, data().put("id", basket.toString()).put("number", 2)
                .put("effectiveFrom", "2016-04-01"));
        publish("performance.milestone.missed", contract, data().put("id", milestone.toString()).put("title", "Good by 2017")
                .put("dueDate", "2017-03-31"));
        publish("performance.indicator.turned-red", contract, data().put("indicatorCode", "PI-07").put("period", "2016-Q1")
                .put("value", "61.5").put("observationId", UUID.randomUUID().toString()));
        // A budget event whose data does not name the budget: the entry is about the contract only.
        publish("finance.budget.varied", contract, data().put("financialYear", "2016/17").put("total", "42000000.00"));

        // An auditor's own subscription: no role subscription of the defaults adds entries to this inbox but the auditors'
        // one to issued reports (report.issued), which other tests' events may have added.
        JsonPath inbox = await().atMost(Duration.ofSeconds(30)).until(() -> asUser(reader, Roles.AUDITOR)
                .get("/api/v1/inbox?size=200").then().statusCode(200).extract().jsonPath(),
                page -> page.getList("findAll { it.contractId == '" + contract + "' }").size() == 8);
        assertThat(inbox.getList("findAll { it.eventType != 'report.issued' }.id")).hasSize(8);
        expected.forEach((type, about) -> {
            assertThat(inbox.getString("find { it.eventType == '" + type + "' }.about.type")).as(type).isEqualTo(about.get(0));
            assertThat(inbox.getString("find { it.eventType == '" + type + "' }.about.id")).as(type).isEqualTo(about.get(1));
        });
        Map<String, Object> varied = inbox.getMap("find { it.eventType == 'finance.budget.varied' }");
        assertThat(varied).containsEntry("contractId", contract.toString()).doesNotContainKey("about");
    }

    @Test
    void theOpenApiDocumentDescribesWhatAnEntryIsAbout() {
        given().get("/q/openapi?format=json").then().statusCode(200)
                .body("components.schemas.InboxEntry.properties.about.description", notNullValue())
                .body("components.schemas.NotificationAbout.properties.type.enum", org.hamcrest.Matchers.hasItems(
                        "change-request", "budget", "forecast", "outturn", "basket-version", "milestone", "indicator"));
    }

    private ObjectNode data() {
        return support.data();
    }

    private void publish(String type, UUID contract, ObjectNode data) throws Exception {
        support.publish(type, contract, data);
    }
}
