package io.sdc.notification.subscription;

import io.quarkus.test.junit.QuarkusTest;
import io.sdc.notification.TestSupport;
import io.sdc.platform.security.Roles;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.sdc.notification.TestSupport.asUser;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

/**
 * A subscription is changed (at the version read, for a reason) and ended (for a reason), never deleted, and an
 * auditor reads each step back: who, in which role, when, why, and each field from what to what.
 */
@QuarkusTest
class SubscriptionAuditTest {

    private static final String RETURNED = "finance.monitoring-return.returned";
    private static final String VALIDATED = "finance.monitoring-return.validated";

    @Inject
    TestSupport support;

    private final String suffix = UUID.randomUUID().toString().substring(0, 8);
    private final UUID contract = UUID.randomUUID();

    @Test
    void aChangeAndTheEndOfASubscriptionEachNeedAReasonAndAreInItsHistory() {
        Instant start = support.now();
        String id = support.subscribe(Roles.ADMIN, support.subscription("role:trust-finance", "EMAIL", contract, RETURNED)
                        .put("email", "finance@trust.example"))
                .then().statusCode(201).header("ETag", "\"0\"").extract().path("id");
        String change = support.data().put("contractId", contract.toString()).put("email", "returns@trust.example")
                .set("eventTypes", support.objectMapper().valueToTree(List.of(VALIDATED, RETURNED))).toString();
        String admin = "f.admin." + suffix;
        String commissioner = "c.jones." + suffix;

        asUser(admin, Roles.ADMIN).header("If-Match", "\"0\"").body(change).put("/api/v1/subscriptions/" + id).then().statusCode(400)
                .body("violations.field", contains("reason"));
        String reasoned = change.replaceFirst("\\}$", ",\"reason\":\"The trust asked to hear of validations too\"}");
        asUser(admin, Roles.ADMIN).body(reasoned).put("/api/v1/subscriptions/" + id).then().statusCode(428);
        asUser(admin, Roles.ADMIN).header("If-Match", "\"0\"").body(reasoned.replace(VALIDATED, "finance.monitoring-return.imported"))
                .put("/api/v1/subscriptions/" + id).then().statusCode(400).body("violations.field", contains("eventTypes"));
        asUser(admin, Roles.ADMIN).header("If-Match", "\"0\"").body(reasoned).put("/api/v1/subscriptions/" + id).then().statusCode(200)
                .header("ETag", "\"1\"").body("eventTypes", contains(VALIDATED, RETURNED)).body("email", equalTo("returns@trust.example"));
        asUser(admin, Roles.ADMIN).header("If-Match", "\"0\"").body(reasoned).put("/api/v1/subscriptions/" + id).then().statusCode(412);
        asUser(Roles.AUDITOR + "." + suffix, Roles.AUDITOR).header("If-Match", "\"1\"").body(reasoned).put("/api/v1/subscriptions/" + id)
                .then().statusCode(403);

        asUser(commissioner, Roles.COMMISSIONER).delete("/api/v1/subscriptions/" + id).then().statusCode(400)
                .body("violations.field", contains("reason"));
        asUser(commissioner, Roles.COMMISSIONER).get("/api/v1/subscriptions/" + id).then().statusCode(200).body("active", equalTo(true));
        asUser(commissioner, Roles.COMMISSIONER).header("Change-Reason", "The trust%E2%80%99s finance team left the contract")
                .delete("/api/v1/subscriptions/" + id).then().statusCode(204);
        asUser(commissioner, Roles.COMMISSIONER).get("/api/v1/subscriptions/" + id).then().statusCode(200)
                .header("ETag", "\"2\"").body("active", equalTo(false));
        assertThat(support.history("subscription", id)).as("nothing refused is in the history").hasSize(3);
        Instant end = support.now();

        List<Map<String, Object>> history = support.history("subscription", id);
        assertThat(history.get(0)).containsEntry("action", "CREATED").containsEntry("contractId", contract.toString());
        support.assertChange(history.get(1), "UPDATED", admin, Roles.ADMIN, "The trust asked to hear of validations too", start, end,
                "email", "finance@trust.example", "returns@trust.example");
        support.assertChange(history.get(1), "UPDATED", admin, Roles.ADMIN, "The trust asked to hear of validations too", start, end,
                "eventTypes", List.of(RETURNED).toString(), List.of(VALIDATED, RETURNED).toString());
        support.assertChange(history.get(2), "UPDATED", commissioner, Roles.COMMISSIONER,
                "The trust\u2019s finance team left the contract", start, end, "active", "true", "false");
        assertThat(support.changes(contract, "subscription")).as("in the contract's change log").hasSize(3);
    }
}
