package io.sdc.finance.support;

import io.restassured.path.json.JsonPath;
import io.sdc.platform.security.Roles;
import org.eclipse.microprofile.config.ConfigProvider;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static io.sdc.finance.support.FinanceTestSupport.as;
import static org.assertj.core.api.Assertions.assertThat;

/** A resource's audit history as an auditor reads it, and what the tests expect of one change in it. */
public final class AuditHistories {

    private AuditHistories() {
    }

    /** Every change to the resource, oldest first, read by an auditor. */
    public static List<Map<String, Object>> history(String resourceType, Object id) {
        JsonPath history = as(Roles.AUDITOR).get("/api/v1/audit/" + resourceType + "/" + id).then().statusCode(200).extract().jsonPath();
        return history.getList("$");
    }

    /** The resource's latest change. */
    public static Map<String, Object> lastChange(String resourceType, Object id) {
        List<Map<String, Object>> history = history(resourceType, id);
        assertThat(history).as("the audit history of " + resourceType + " " + id).isNotEmpty();
        return history.get(history.size() - 1);
    }

    /**
     * Asserts who made the change, in what role, that it says when (on the service's clock, which the tests start at
     * {@code sdc.clock.start}), why, and one field's value before and after.
     */
    public static void assertChange(Map<String, Object> change, String actor, String role, String reason, String field, Object from,
                                    Object to) {
        Instant clockStart = Instant.parse(ConfigProvider.getConfig().getValue("sdc.clock.start", String.class));
        assertThat(change.get("actor")).as("actor").isEqualTo(actor);
        assertThat(change.get("role")).as("role").isEqualTo(role);
        assertThat(Instant.parse((String) change.get("changedAt"))).as("changedAt").isAfterOrEqualTo(clockStart);
        assertThat(change.get("reason")).as("reason").isEqualTo(reason);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> changes = (List<Map<String, Object>>) change.get("changes");
        assertThat(changes).as("the change of " + field).filteredOn(fieldChange -> field.equals(fieldChange.get("field")))
                .singleElement().satisfies(fieldChange -> {
                    assertThat(fieldChange.get("from")).as(field + " from").isEqualTo(from);
                    assertThat(fieldChange.get("to")).as(field + " to").isEqualTo(to);
                });
    }
}
