package io.sdc.notification.delivery;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import io.sdc.notification.TestSupport;
import io.sdc.platform.security.Roles;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.UUID;

import static io.sdc.notification.TestSupport.asUser;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

/**
 * A notification addressed to the commissioner role is read or unread for each commissioner on their own; a
 * person's own notification is theirs alone to read.
 */
@QuarkusTest
class InboxPerPersonTest {

    private static final String RED = "performance.indicator.turned-red";
    private static final String RECOVERED = "performance.indicator.recovered";

    @Inject
    TestSupport support;

    /** This test's own: its people's names end in it, and its notifications are about its contract. */
    private final String suffix = UUID.randomUUID().toString().substring(0, 8);
    private final UUID contract = UUID.randomUUID();

    @Test
    void aRoleNotificationReadByOneCommissionerStaysUnreadForAnother() throws Exception {
        String alice = "alice." + suffix;
        String bob = "bob." + suffix;
        // The default subscription tells the commissioner role of an indicator beyond tolerance, in the inbox.
        support.publish(support.event(RED, "performance-service", contract, support.now(), support.data().put("indicatorCode", "PI-07")
                .put("period", "2016-Q1").put("value", "61.5").put("previousRag", "AMBER")));
        String entry = await().atMost(Duration.ofSeconds(30)).until(() -> entryFor(alice, RED, contract, false), id -> id != null);
        assertThat(entryFor(bob, RED, contract, true)).isEqualTo(entry);
        long aliceBefore = unread(alice);
        assertThat(unread(bob)).isEqualTo(aliceBefore);

        as(alice).post("/api/v1/inbox/" + entry + "/read").then().statusCode(200).body("readAt", notNullValue());
        as(alice).post("/api/v1/inbox/" + entry + "/read").then().statusCode(200).body("readAt", notNullValue());

        as(alice).get("/api/v1/inbox?size=200&eventType=" + RED).then().statusCode(200)
                .body("find { it.id == '" + entry + "' }.readAt", notNullValue());
        assertThat(entryFor(alice, RED, contract, true)).as("read by Alice").isNull();
        as(bob).get("/api/v1/inbox?size=200&eventType=" + RED).then().statusCode(200)
                .body("find { it.id == '" + entry + "' }.readAt", nullValue());
        assertThat(entryFor(bob, RED, contract, true)).as("still unread for Bob").isEqualTo(entry);
        assertThat(unread(bob) - unread(alice)).as("Alice's count went down, Bob's did not").isEqualTo(1);

        as(bob).post("/api/v1/inbox/" + entry + "/read").then().statusCode(200);
        assertThat(entryFor(bob, RED, contract, true)).isNull();
        assertThat(unread(bob)).isEqualTo(unread(alice));
    }

    @Test
    void aPersonsOwnNotificationIsReadByThemAndNobodyElse() throws Exception {
        String carol = "carol." + suffix;
        String dave = "dave." + suffix;
        support.subscribe(Roles.ADMIN, support.subscription("user:" + carol, "INBOX", contract)).then().statusCode(201);
        support.publish(support.event(RECOVERED, "performance-service", contract, support.now(),
                support.data().put("indicatorCode", "PI-07").put("period", "2016-Q2")));
        String entry = await().atMost(Duration.ofSeconds(30)).until(() -> entryFor(carol, RECOVERED, contract, true), id -> id != null);
        assertThat(entryFor(dave, RECOVERED, contract, false)).isNull();

        as(dave).post("/api/v1/inbox/" + entry + "/read").then().statusCode(404);
        assertThat(entryFor(carol, RECOVERED, contract, true)).isEqualTo(entry);
        as(carol).post("/api/v1/inbox/" + entry + "/read").then().statusCode(200).body("id", equalTo(entry));
        assertThat(entryFor(carol, RECOVERED, contract, true)).isNull();
        assertThat(entryFor(carol, RECOVERED, contract, false)).isEqualTo(entry);
    }

    private static RequestSpecification as(String user) {
        return asUser(user, Roles.COMMISSIONER);
    }

    private static String entryFor(String user, String type, UUID contract, boolean unreadOnly) {
        // Each test's notification is the only one about its contract; the event type narrows the page to a few.
        return as(user).get("/api/v1/inbox?size=200&eventType=" + type
                        + (unreadOnly ? "&unread=true" : "")).then().statusCode(200).extract().jsonPath()
                .getString("find { it.contractId == '" + contract + "' }.id");
    }

    private static long unread(String user) {
        return as(user).get("/api/v1/inbox/unread-count").then().statusCode(200).extract().jsonPath().getLong("unread");
    }
}
