package io.sdc.notification.delivery;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.sdc.platform.events.CloudEventCodec;
import io.sdc.platform.events.EventEnvelope;
import io.sdc.platform.security.Roles;
import io.sdc.platform.testing.AsyncApiSchemas;
import io.sdc.platform.testing.TestEvents;
import io.sdc.platform.testing.TestTokens;
import jakarta.inject.Inject;
import org.apache.kafka.clients.producer.Producer;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * When finance-service cannot apply an approved budget variation, contract-service announces the implementation
 * failure and every commissioner finds it in their inbox as a warning, with the refusing service and its reason.
 */
@QuarkusTest
class ImplementationFailedNotificationTest {

    private static final String TYPE = "contract.change-request.implementation-failed";

    @Inject
    Producer<String, String> producer;

    @Inject
    CloudEventCodec codec;

    @Inject
    ObjectMapper objectMapper;

    @Test
    void commissionersAreWarnedOfAnApprovedChangeThatCouldNotBeImplemented() throws Exception {
        UUID contract = UUID.randomUUID();
        EventEnvelope failed = implementationFailed(contract);
        assertThat(new AsyncApiSchemas(Path.of("../contract-service/src/main/resources/META-INF/resources/asyncapi.yaml"))
                .problems(codec.encode(failed))).as("the event as contract-service defines it").isEmpty();
        TestEvents.publish(producer, codec, failed);
        TestEvents.publish(producer, codec, failed);

        String about = "findAll { it.contractId == '" + contract + "' }";
        await().atMost(Duration.ofSeconds(30)).until(() -> inbox("c.first").getList(about).size() == 1);
        Thread.sleep(500);
        assertThat(inbox("c.first").getList(about)).as("once, though the event came twice").hasSize(1);
        Map<String, Object> entry = inbox("c.first").getMap(about + "[0]");
        assertThat(entry.get("severity")).isEqualTo("WARNING");
        assertThat(entry.get("readAt")).isNull();
        assertThat((String) entry.get("title"))
                .isEqualTo("Change request NCR-4 'Catering budget moved to the trust' could not be implemented by finance-service");
        assertThat((String) entry.get("text")).contains("finance-service refused it: the 2015/16 budget has no line named catering")
                .contains("BUDGET_VARIATION").doesNotContain("PRIVATE-RATIONALE").doesNotContain("PRIVATE-COMMENT");
        assertThat(inbox("c.second").getList(about)).as("every commissioner").hasSize(1);
    }

    private EventEnvelope implementationFailed(UUID contract) {
        Instant now = Instant.now();
        String reason = "the 2015/16 budget has no line named catering";
        ObjectNode data = objectMapper.createObjectNode()
                .put("id", UUID.randomUUID().toString()).put("contractId", contract.toString()).put("reference", "NCR-4")
                .put("type", "BUDGET_VARIATION").put("raisedBy", "COMMISSIONER").put("title", "Catering budget moved to the trust")
                .put("rationale", "PRIVATE-RATIONALE").put("effectiveDate", "2015-10-01").put("requiresStatutoryDirection", false)
                .put("status", "APPROVED").put("version", 4).put("service", "finance-service").put("reason", reason);
        data.putObject("budget").put("financialYear", "2015/16").put("line", "catering")
                .put("amount", "12000.00");
        data.putObject("implementationFailure").put("service", "finance-service").put("reason", reason).put("recordedAt", now.toString());
        data.putObject("step").put("from", "APPROVED").put("to", "APPROVED").put("actor", "finance-service")
                .put("role", "system").put("at", now.toString()).put("comment", "PRIVATE-COMMENT");
        return new EventEnvelope(UUID.randomUUID(), TYPE, "contract-service", contract.toString(), now, 1, data);
    }

    private static io.restassured.path.json.JsonPath inbox(String commissioner) {
        return given().auth().oauth2(TestTokens.forUser(commissioner, Roles.COMMISSIONER))
                .get("/api/v1/inbox?size=200&eventType=" + TYPE).then().statusCode(200).extract().jsonPath();
    }
}
