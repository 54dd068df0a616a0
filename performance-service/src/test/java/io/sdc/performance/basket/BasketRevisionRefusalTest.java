package io.sdc.performance.basket;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.sdc.performance.support.PerformanceTestSupport;
import io.sdc.platform.events.DeadLetter;
import io.sdc.platform.events.EventEnvelope;
import io.sdc.platform.events.OutboxEvent;
import io.sdc.platform.security.Roles;
import io.sdc.platform.testing.AsyncApiSchemas;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static io.sdc.performance.support.PerformanceTestSupport.as;
import static io.sdc.performance.support.PerformanceTestSupport.draftBasket;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;

/**
 * An approved PI basket revision that performance-service cannot apply is refused with an event contract-service
 * follows, not dead-lettered: once, however often the approval is delivered, and changing no basket.
 */
@QuarkusTest
class BasketRevisionRefusalTest {

    private static final String REFUSED = "performance.basket-revision.refused";

    @Inject
    PerformanceTestSupport support;

    @Test
    void anApprovalNamingAnUnknownBasketVersionIsRefusedOnce() throws Exception {
        PerformanceTestSupport.ContractWithBasket inForce = support.contractWithFirstBasket();
        UUID contract = inForce.contract();
        String draft = draftBasket(contract,
                "RE-REFERRALS {\"baselineValue\":23,\"baselineDate\":\"2015-09-30\",\"target\":20,\"toleranceKind\":\"THRESHOLD\",\"tolerance\":22}");

        UUID change = UUID.randomUUID();
        UUID unknown = UUID.randomUUID();
        EventEnvelope approval = support.basketRevision("contract.change-request.approved", contract, change, unknown, "2016-04-01");
        support.publish(approval);
        await().atMost(Duration.ofSeconds(30)).until(() -> refusals(contract).size() == 1);

        OutboxEvent refusal = refusals(contract).get(0);
        assertThat(refusal.subject()).isEqualTo(contract.toString());
        JsonNode data = support.events().objectMapper().readTree(refusal.data());
        assertThat(data.path("changeRequestId").asText()).isEqualTo(change.toString());
        assertThat(data.path("contractId").asText()).isEqualTo(contract.toString());
        assertThat(data.path("reference").asText()).isEqualTo("NCR-3");
        assertThat(data.path("reason").asText()).contains(unknown.toString()).contains("performance-service");
        assertThat(new AsyncApiSchemas().problems(support.events().codec().encode(refusal))).isEmpty();

        // Delivered again, then an approval naming the draft of another contract: only that one is refused as well.
        support.publish(approval);
        UUID otherContract = support.knownContract();
        String othersDraft = draftBasket(otherContract,
                "RE-REFERRALS {\"baselineValue\":23,\"baselineDate\":\"2015-09-30\",\"target\":20,\"toleranceKind\":\"THRESHOLD\",\"tolerance\":22}");
        UUID secondChange = UUID.randomUUID();
        support.publish(support.basketRevision("contract.change-request.approved", contract, secondChange,
                UUID.fromString(othersDraft), "2016-04-01"));
        await().atMost(Duration.ofSeconds(30)).until(() -> refusals(contract).size() == 2);
        assertThat(refusals(contract)).extracting(event -> event.data().contains(secondChange.toString())).containsExactly(false, true);

        // No dead letter, and no basket changed.
        assertThat(QuarkusTransaction.requiringNew().call(() -> DeadLetter.count("payload like ?1 or payload like ?2",
                "%" + change + "%", "%" + secondChange + "%"))).isZero();
        as(Roles.AUDITOR).get("/api/v1/contracts/" + contract + "/baskets").then().statusCode(200)
                .body("id", contains(inForce.basket(), draft)).body("status", contains("ACTIVE", "DRAFT"));
        as(Roles.AUDITOR).get("/api/v1/contracts/" + otherContract + "/baskets").then().statusCode(200)
                .body("status", contains("DRAFT"));
        assertThat(QuarkusTransaction.requiringNew().call(() -> OutboxEvent.count("type = ?1 and subject in (?2, ?3)",
                "performance.basket-version.activated", contract.toString(), otherContract.toString()))).isEqualTo(1);
    }

    private List<OutboxEvent> refusals(UUID contract) {
        return support.events().outbox("type = ?1 and subject = ?2 order by sequenceNumber", REFUSED, contract.toString());
    }
}
