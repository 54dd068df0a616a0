package io.sdc.finance.budget;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.sdc.finance.support.FinanceTestSupport;
import io.sdc.platform.events.EventEnvelope;
import io.sdc.platform.events.OutboxEvent;
import io.sdc.platform.security.Roles;
import io.sdc.platform.testing.AsyncApiSchemas;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import static io.sdc.finance.support.FinanceTestSupport.approvedStaffingAndPlacements201516;
import static io.sdc.finance.support.FinanceTestSupport.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * An approved budget variation finance-service cannot apply (no budget for its year, no such line) is never a dead
 * letter: it is refused with {@code finance.budget-variation.refused}, once, however often the approval is delivered,
 * and the budget stays as it was.
 */
@QuarkusTest
class BudgetVariationRefusalTest {

    @Inject
    FinanceTestSupport support;

    @Test
    void aVariationForAYearOrLineFinanceDoesNotHaveIsRefusedOnceByEventNeverDeadLettered() throws Exception {
        UUID contract = support.knownContract();
        String budget = approvedStaffingAndPlacements201516(contract);
        String before = as(Roles.AUDITOR).get("/api/v1/budgets/" + budget).then().statusCode(200).extract().asString();

        EventEnvelope unknownYear = approved(contract, "NCR-7", "2019/20", "placements", "250000.00");
        EventEnvelope unknownLine = approved(contract, "NCR-8", "2015/16", "catering", "40000.00");
        for (EventEnvelope event : List.of(unknownYear, unknownLine, unknownYear, unknownLine)) {
            support.publish(event);
        }
        // Records of one contract are consumed in order: once this last one is refused, the repeats above were seen too.
        EventEnvelope last = approved(contract, "NCR-9", "2015/16", "transport", "1000.00");
        support.publish(last);
        await().atMost(Duration.ofSeconds(30)).until(() -> refusals(contract).size() >= 3);

        List<JsonNode> refusals = refusals(contract);
        assertThat(refusals).extracting(event -> event.at("/data/changeRequestId").asText())
                .containsExactly(unknownYear.data().path("id").asText(), unknownLine.data().path("id").asText(),
                        last.data().path("id").asText());
        assertThat(refusals.get(0).at("/data/reason").asText()).isEqualTo("finance-service has no budget for 2019/20 for this contract");
        assertThat(refusals.get(0).at("/data/reference").asText()).isEqualTo("NCR-7");
        assertThat(refusals.get(1).at("/data/reason").asText()).startsWith("the 2015/16 budget has no line named catering");
        assertThat(refusals.get(1).at("/data/contractId").asText()).isEqualTo(contract.toString());
        assertThat(refusals.get(1).at("/subject").asText()).isEqualTo(contract.toString());
        AsyncApiSchemas schemas = new AsyncApiSchemas();
        for (JsonNode refusal : refusals) {
            assertThat(schemas.problems(refusal)).as("the refusal against finance-service's AsyncAPI document").isEmpty();
        }

        assertThat(Stream.of(unknownYear, unknownLine, last).filter(event -> support.events().deadLettered(event.id())))
                .as("dead letters").isEmpty();
        assertThat(as(Roles.AUDITOR).get("/api/v1/budgets/" + budget).then().statusCode(200).extract().asString())
                .as("the budget, unchanged").isEqualTo(before);
        assertThat(QuarkusTransaction.requiringNew().call(() -> OutboxEvent.count("type = ?1 and subject = ?2",
                "finance.budget.varied", contract.toString()))).isZero();
    }

    private List<JsonNode> refusals(UUID contract) {
        return support.events().outbox("type = ?1 and subject = ?2 order by sequenceNumber", "finance.budget-variation.refused",
                        contract.toString())
                .stream().map(event -> {
                    try {
                        return support.objectMapper().readTree(support.codec().encode(event));
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                }).toList();
    }

    private EventEnvelope approved(UUID contract, String reference, String year, String line, String amount) {
        return support.approvedVariation(contract, UUID.randomUUID(), reference,
                "Contract variation", "Activity beyond the contract's assumptions", year, line, amount);
    }
}
