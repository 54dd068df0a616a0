package io.sdc.performance.basket;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.sdc.performance.support.PerformanceTestSupport;
import io.sdc.platform.events.EventEnvelope;
import io.sdc.platform.events.OutboxEvent;
import io.sdc.platform.security.Roles;
import io.sdc.platform.testing.AsyncApiSchemas;
import java.nio.file.Path;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.UUID;

import static io.sdc.performance.support.PerformanceTestSupport.as;
import static io.sdc.performance.support.PerformanceTestSupport.observe;
import static io.sdc.performance.support.PerformanceTestSupport.putEntry;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

/**
 * A revised basket, proposed by a PI basket revision change request, is in force from the change's effective date
 * once contract-service's approval event arrives; scorecards before that date still use the previous version.
 */
@QuarkusTest
class BasketRevisionActivationTest {

    @Inject
    PerformanceTestSupport support;

    @Test
    void activatesTheProposedVersionFromTheEffectiveDateWhenTheChangeIsApproved() throws Exception {
        PerformanceTestSupport.ContractWithBasket inForce = support.contractWithFirstBasket();
        UUID contract = inForce.contract();
        String first = inForce.basket();

        String revised = as(Roles.COMMISSIONER).post("/api/v1/contracts/" + contract + "/baskets").then().statusCode(201)
                .body("entries[0].target", equalTo(25.0f)).extract().path("id");
        putEntry(revised, "RE-REFERRALS", "{\"baselineValue\":23,\"baselineDate\":\"2015-09-30\",\"target\":20,\"toleranceKind\":\"THRESHOLD\",\"tolerance\":22}");

        UUID change = UUID.randomUUID();
        EventEnvelope raised = support.basketRevision("contract.change-request.raised", contract, change, UUID.fromString(revised), "2016-04-01");
        EventEnvelope approval = support.basketRevision("contract.change-request.approved", contract, change, UUID.fromString(revised), "2016-04-01");
        // The events are contract-service's own, as its AsyncAPI document defines them.
        AsyncApiSchemas contractEvents = new AsyncApiSchemas(Path.of("../contract-service/src/main/resources/META-INF/resources/asyncapi.yaml"));
        assertThat(contractEvents.problems(support.encode(raised))).isEmpty();
        assertThat(contractEvents.problems(support.encode(approval))).isEmpty();

        support.publish(raised);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                as(Roles.AUDITOR).get("/api/v1/baskets/" + revised).then().body("status", equalTo("PROPOSED")));

        support.publish(approval);
        support.publish(approval);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                as(Roles.AUDITOR).get("/api/v1/baskets/" + revised).then().body("status", equalTo("ACTIVE"))
                        .body("effectiveFrom", equalTo("2016-04-01")));
        as(Roles.AUDITOR).get("/api/v1/baskets/" + first).then().body("status", equalTo("SUPERSEDED"))
                .body("supersededFrom", equalTo("2016-04-01"));

        observe(contract, """
                [{"indicatorCode":"RE-REFERRALS","period":"2016-Q1","numerator":42,"denominator":200},
                 {"indicatorCode":"RE-REFERRALS","period":"2016-Q2","numerator":42,"denominator":200}]""");
        as(Roles.AUDITOR).get("/api/v1/contracts/" + contract + "/scorecard?period=2016-Q1").then().statusCode(200)
                .body("basketVersionNumber", equalTo(1)).body("indicators[0].rag", equalTo("GREEN"));
        as(Roles.AUDITOR).get("/api/v1/contracts/" + contract + "/scorecard?period=2016-Q2").then().statusCode(200)
                .body("basketVersionNumber", equalTo(2)).body("indicators[0].rag", equalTo("AMBER"))
                .body("indicators[0].directionSincePreviousPeriod", equalTo("STABLE"));

        long activations = QuarkusTransaction.requiringNew().call(() ->
                OutboxEvent.count("type = ?1 and subject = ?2", "performance.basket-version.activated", contract.toString()));
        assertThat(activations).isEqualTo(2);
    }
}
