package io.sdc.finance.budget;

import io.quarkus.test.junit.QuarkusTest;
import io.sdc.finance.support.FinanceTestSupport;
import io.sdc.platform.events.EventEnvelope;
import io.sdc.platform.security.Roles;
import io.sdc.platform.testing.AsyncApiSchemas;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;

import static io.sdc.finance.support.FinanceTestSupport.approvedStaffingAndPlacements201516;
import static io.sdc.finance.support.FinanceTestSupport.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

/** An approved budget-variation change request lands on that year's budget once, even when delivered twice. */
@QuarkusTest
class BudgetVariationTest {

    @Inject
    FinanceTestSupport support;

    @Test
    void recordsTheApprovedVariationForPlacementActivityOnce() throws Exception {
        UUID contract = support.knownContract();
        String budget = approvedStaffingAndPlacements201516(contract);

        UUID change = UUID.randomUUID();
        EventEnvelope approved = support.approvedVariation(contract, change, "NCR-4", "Contract variation for placement activity",
                "Increased activity in placements, in line with the contract", "2015/16", "placements", "348000.00");
        assertThat(new AsyncApiSchemas(Path.of("../contract-service/src/main/resources/META-INF/resources/asyncapi.yaml"))
                .problems(support.codec().encode(approved))).as("the event as contract-service defines it").isEmpty();

        support.publish(approved);
        support.publish(approved);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                as(Roles.AUDITOR).get("/api/v1/budgets/" + budget).then().body("total", equalTo("31048000.00")));
        as(Roles.TRUST_FINANCE).get("/api/v1/budgets/" + budget).then()
                .body("adjustments.size()", equalTo(1))
                .body("adjustments[0].category", equalTo("CONTRACT_VARIATION"))
                .body("adjustments[0].changeRequestId", equalTo(change.toString()))
                .body("lines.find { it.code == 'placements' }.amount", equalTo("12848000.00"))
                .body("linesTotal", equalTo("31048000.00"))
                .body("status", equalTo("APPROVED"));
    }
}
