package io.sdc.notification.delivery;

import io.quarkus.test.junit.QuarkusTest;
import io.sdc.notification.TestSupport;
import io.sdc.platform.events.EventEnvelope;
import io.sdc.platform.security.Roles;
import io.sdc.platform.testing.TestEvents;
import io.sdc.platform.testing.TestTokens;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * On 10 September 2016: the 2016-Q2 return and observations are due (the quarter ended on 30 June, twenty days'
 * grace), contract year 2015/16 ends within thirty days, so its annual review is approaching, and a milestone due on
 * 31 October 2016 is not yet met.
 */
@QuarkusTest
class DueReminderTest {

    @Inject
    TestSupport support;

    @Test
    void remindsOnceOfMissingReturnsAndObservationsAndOfAnApproachingReview() throws Exception {
        UUID upToDate = UUID.randomUUID();
        UUID behind = UUID.randomUUID();
        support.publish(TestEvents.contractRegistered(support.objectMapper(), upToDate));
        support.publish(TestEvents.contractRegistered(support.objectMapper(), behind));
        support.publish("finance.monitoring-return.imported", upToDate, support.data().put("period", "2016-Q2"));
        support.publish("performance.observation.recorded", upToDate, support.data().put("period", "2016-Q2"));
        UUID milestone = UUID.randomUUID();
        support.publish("performance.milestone.added", behind, support.data().put("id", milestone.toString())
                .put("title", "Requires Improvement by October 2016").put("targetJudgement", "REQUIRES_IMPROVEMENT")
                .put("dueDate", "2016-10-31").put("status", "ON_TRACK"));
        EventEnvelope review = support.publish("contract.annual-review.recorded", behind, support.data().put("contractYear", "2015/16"));
        await().atMost(Duration.ofSeconds(30)).until(() -> support.rows("SELECT count(*) FROM processed_event WHERE event_id = ?", review.id()) > 0
                && support.rows("SELECT count(*) FROM received_submission WHERE contract_id = ?", upToDate) == 2
                && support.rows("SELECT count(*) FROM known_contract WHERE id = ?", upToDate) == 1
                && support.rows("SELECT count(*) FROM known_contract WHERE id = ?", behind) == 1
                && support.rows("SELECT count(*) FROM known_milestone WHERE contract_id = ?", behind) == 1);

        Instant tenthOfSeptember = Instant.parse("2016-09-10T08:00:00Z");
        support.raiseRemindersOnce(tenthOfSeptember);

        assertThat(inbox(Roles.COMMISSIONER, upToDate, "reminder.annual-review-due")).isEqualTo(1);
        assertThat(inbox(Roles.COMMISSIONER, behind, "reminder.annual-review-due")).isZero();
        assertThat(inbox(Roles.TRUST_FINANCE, behind, "reminder.return-overdue")).isEqualTo(1);
        assertThat(inbox(Roles.TRUST_FINANCE, upToDate, "reminder.return-overdue")).isZero();
        assertThat(inbox(Roles.TRUST_PERFORMANCE, behind, "reminder.observations-overdue")).isEqualTo(1);
        assertThat(inbox(Roles.TRUST_PERFORMANCE, upToDate, "reminder.observations-overdue")).isZero();
        assertThat(inbox(Roles.COMMISSIONER, behind, "reminder.milestone-approaching")).isEqualTo(1);
        given().auth().oauth2(TestTokens.forRole(Roles.COMMISSIONER))
                .get("/api/v1/inbox?size=200&severity=ACTION&eventType=reminder.milestone-approaching").then().statusCode(200)
                .body("eventType", org.hamcrest.Matchers.everyItem(org.hamcrest.Matchers.equalTo("reminder.milestone-approaching")))
                .body("contractId", org.hamcrest.Matchers.hasItem(behind.toString()))
                .body("find { it.contractId == '" + behind + "' }.about.type", org.hamcrest.Matchers.equalTo("milestone"))
                .body("find { it.contractId == '" + behind + "' }.about.id", org.hamcrest.Matchers.equalTo(milestone.toString()));
        given().auth().oauth2(TestTokens.forRole(Roles.COMMISSIONER)).get("/api/v1/inbox?size=200&eventType=reminder.annual-review-due")
                .then().statusCode(200).body("find { it.contractId == '" + upToDate + "' }", org.hamcrest.Matchers.not(
                        org.hamcrest.Matchers.hasKey("about")));
        given().auth().oauth2(TestTokens.forRole(Roles.COMMISSIONER)).get("/api/v1/inbox?severity=URGENT").then().statusCode(400);
        given().auth().oauth2(TestTokens.forRole(Roles.COMMISSIONER)).get("/api/v1/inbox?severity=WARNING&eventType=reminder.milestone-approaching")
                .then().statusCode(200).body("size()", org.hamcrest.Matchers.equalTo(0));
    }

    private int inbox(String role, UUID contract, String type) {
        return given().auth().oauth2(TestTokens.forRole(role)).get("/api/v1/inbox?size=200").then().statusCode(200).extract()
                .jsonPath().getList("findAll { it.contractId == '" + contract + "' && it.eventType == '" + type + "' }").size();
    }
}
