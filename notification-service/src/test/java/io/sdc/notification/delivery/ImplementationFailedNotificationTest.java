package io.sdc.notification.delivery;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.sdc.notification.TestSupport;
import io.sdc.platform.events.EventEnvelope;
import io.sdc.platform.security.Roles;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import static io.sdc.notification.TestSupport.asUser;
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
    TestSupport support;

    @Test
    void commissionersAreWarnedOfAnApprovedChangeThatCouldNotBeImplemented() throws Exception {
        UUID contract = UUID.randomUUID();
        EventEnvelope failed = support.asItsProducerDefinesIt(implementationFailed(contract));
        support.publish(failed);
        support.publish(failed);

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
        Instant now = support.now();
        String reason = "the 2015/16 budget has no line named catering";
        ObjectNode data = support.changeRequest(UUID.randomUUID(), contract, "NCR-4", "BUDGET_VARIATION", "Catering budget moved to the trust",
                        "APPROVED", 4)
                .put("rationale", "PRIVATE-RATIONALE").put("effectiveDate", "2015-10-01").put("service", "finance-service").put("reason", reason);
        data.putObject("budget").put("financialYear", "2015/16").put("line", "catering")
                .put("amount", "12000.00");
        data.putObject("implementationFailure").put("service", "finance-service").put("reason", reason).put("recordedAt", now.toString());
        support.step(data, "APPROVED", "APPROVED", "finance-service", now).put("role", "system").put("comment", "PRIVATE-COMMENT");
        return support.event(TYPE, "contract-service", contract, now, data);
    }

    private static io.restassured.path.json.JsonPath inbox(String commissioner) {
        return asUser(commissioner, Roles.COMMISSIONER)
                .get("/api/v1/inbox?size=200&eventType=" + TYPE).then().statusCode(200).extract().jsonPath();
    }
}
