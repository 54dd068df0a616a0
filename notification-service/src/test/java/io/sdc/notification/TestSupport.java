package io.sdc.notification;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import io.sdc.notification.reminder.service.ReminderService;
import io.sdc.platform.events.CloudEventCodec;
import io.sdc.platform.events.EventEnvelope;
import io.sdc.platform.security.Roles;
import io.sdc.platform.testing.AsyncApiSchemas;
import io.sdc.platform.testing.ServiceEvents;
import io.sdc.platform.testing.TestTokens;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.producer.Producer;

import javax.sql.DataSource;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the notification tests share: the service's business clock (never the machine's calendar), the producers'
 * events put on their topics, subscriptions made through the API, and rows read and written directly.
 */
@ApplicationScoped
public class TestSupport {

    /** A JSON call as the named person holding the role, e.g. a commissioner reading their own inbox. */
    public static RequestSpecification asUser(String user, String role) {
        return given().auth().oauth2(TestTokens.forUser(user, role)).contentType("application/json");
    }

    @Inject
    ServiceEvents events;

    @Inject
    DataSource dataSource;

    @Inject
    ReminderService reminders;

    /** Now on the service's clock. */
    public Instant now() {
        return events.now();
    }

    public Clock clock() {
        return events.clock();
    }

    public ObjectMapper objectMapper() {
        return events.objectMapper();
    }

    public CloudEventCodec codec() {
        return events.codec();
    }

    public Producer<String, String> producer() {
        return events.producer();
    }

    public ObjectNode data() {
        return events.objectMapper().createObjectNode();
    }

    /** An event about the contract, from {@code source}, at {@code at}. */
    public EventEnvelope event(String type, String source, UUID contract, Instant at, ObjectNode data) {
        return new EventEnvelope(UUID.randomUUID(), type, source, contract.toString(), at, 1, data);
    }

    /** An event about the contract, now. */
    public EventEnvelope event(String type, UUID contract, ObjectNode data) {
        return event(type, "test", contract, now(), data);
    }

    /** Puts the event on its producer's topic. */
    public EventEnvelope publish(EventEnvelope event) throws Exception {
        return events.publish(event);
    }

    /** Puts an event about the contract, made now, on its producer's topic. */
    public EventEnvelope publish(String type, UUID contract, ObjectNode data) throws Exception {
        return publish(event(type, contract, data));
    }

    /** A change request's data as contract-service's events carry it; tests add or replace the fields they need. */
    public ObjectNode changeRequest(UUID id, UUID contract, String reference, String type, String title, String status, int version) {
        return data().put("id", id.toString()).put("contractId", contract.toString()).put("reference", reference)
                .put("type", type).put("raisedBy", "COMMISSIONER").put("title", title).put("effectiveDate", "2016-04-01")
                .put("requiresStatutoryDirection", false).put("status", status).put("version", version);
    }

    /** Adds the lifecycle step the event reports ({@code from} null: none named) and returns it for further fields. */
    public ObjectNode step(ObjectNode changeRequest, String from, String to, String actor, Instant at) {
        ObjectNode step = changeRequest.putObject("step");
        if (from != null) {
            step.put("from", from);
        }
        return step.put("to", to).put("actor", actor).put("role", "commissioner").put("at", at.toString());
    }

    /**
     * Asserts that the event is one its producer's AsyncAPI document defines: contract-, performance- or finance-service's,
     * by the first part of its type.
     */
    public EventEnvelope asItsProducerDefinesIt(EventEnvelope event) throws java.io.IOException {
        String producer = event.type().substring(0, event.type().indexOf('.')) + "-service";
        assertThat(new AsyncApiSchemas(Path.of("../" + producer + "/src/main/resources/META-INF/resources/asyncapi.yaml"))
                .problems(events.encode(event))).as("the event as " + producer + " defines it").isEmpty();
        return event;
    }

    /** Whether the service's handler (by its class's simple name, e.g. {@code EventNotifier}) has processed the event. */
    public boolean handled(EventEnvelope event, String handler) throws SQLException {
        return rows("SELECT count(*) FROM processed_event WHERE event_id = ? AND handler = ?", event.id(), handler) == 1;
    }

    /** The audit history of one resource, oldest first, as an auditor reads it. */
    public List<Map<String, Object>> history(String resourceType, Object id) {
        return given().auth().oauth2(TestTokens.forRole(Roles.AUDITOR)).get("/api/v1/audit/" + resourceType + "/" + id + "?size=200")
                .then().statusCode(200).extract().jsonPath().getList("$");
    }

    /** The changes to one kind of resource in a contract's change log, in the order made, as an auditor reads them. */
    public List<Map<String, Object>> changes(UUID contract, String resourceType) {
        List<Map<String, Object>> all = given().auth().oauth2(TestTokens.forRole(Roles.AUDITOR))
                .get("/api/v1/audit/changes?size=200&contractId=" + contract).then().statusCode(200).extract().jsonPath().getList("$");
        return all.stream().filter(change -> resourceType.equals(change.get("resourceType"))).toList();
    }

    /**
     * Asserts one audited change: its action, who made it in which role, why, that it was made from {@code from} to
     * {@code to} on the service's clock, and that {@code field} went from {@code before} to {@code after} (as text;
     * null for none).
     */
    public void assertChange(Map<String, Object> change, String action, String actor, String role, String reason, Instant from,
                             Instant to, String field, String before, String after) {
        assertThat(change).as("change").containsEntry("action", action).containsEntry("actor", actor).containsEntry("role", role)
                .containsEntry("reason", reason);
        assertThat(Instant.parse((String) change.get("changedAt"))).as("changedAt").isBetween(from, to);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> fields = (List<Map<String, Object>>) change.get("changes");
        Map<String, Object> changed = fields.stream().filter(candidate -> field.equals(candidate.get("field"))).findFirst()
                .orElseThrow(() -> new AssertionError(field + " did not change in " + change));
        assertThat(Objects.toString(changed.get("from"), null)).as(field + " from").isEqualTo(before);
        assertThat(Objects.toString(changed.get("to"), null)).as(field + " to").isEqualTo(after);
    }

    /** Raises the reminders due at the instant; a second run at the same instant finds none left to raise. */
    public void raiseRemindersOnce(Instant at) {
        reminders.raiseDue(at);
        assertThat(reminders.raiseDue(at)).as("each reminder once").isZero();
    }

    /** A subscription's request: to the recipient, by the channel, about one contract (null: every one), for these event types (none: all). */
    public ObjectNode subscription(String recipient, String channel, UUID contract, String... eventTypes) {
        ObjectNode body = data().put("recipient", recipient).put("channel", channel);
        if (contract != null) {
            body.put("contractId", contract.toString());
        }
        if (eventTypes.length > 0) {
            var types = body.putArray("eventTypes");
            for (String type : eventTypes) {
                types.add(type);
            }
        }
        return body;
    }

    /** Posts the subscription as someone in the role. */
    public Response subscribe(String role, ObjectNode subscription) {
        return given().auth().oauth2(TestTokens.forRole(role)).contentType("application/json").body(subscription.toString())
                .post("/api/v1/subscriptions");
    }

    /** The count a query ({@code SELECT count(*) ...}) gives. */
    public long rows(String sql, Object... parameters) throws SQLException {
        try (Connection connection = dataSource.getConnection(); PreparedStatement statement = prepared(connection, sql, parameters);
             ResultSet result = statement.executeQuery()) {
            result.next();
            return result.getLong(1);
        }
    }

    /** The single text a query gives. */
    public String text(String sql, Object... parameters) throws SQLException {
        try (Connection connection = dataSource.getConnection(); PreparedStatement statement = prepared(connection, sql, parameters);
             ResultSet result = statement.executeQuery()) {
            result.next();
            return result.getString(1);
        }
    }

    public void update(String sql, Object... parameters) throws SQLException {
        try (Connection connection = dataSource.getConnection(); PreparedStatement statement = prepared(connection, sql, parameters)) {
            statement.executeUpdate();
        }
    }

    public DataSource dataSource() {
        return dataSource;
    }

    private static PreparedStatement prepared(Connection connection, String sql, Object... parameters) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        for (int i = 0; i < parameters.length; i++) {
            statement.setObject(i + 1, parameters[i] instanceof Instant instant ? instant.atOffset(ZoneOffset.UTC) : parameters[i]);
        }
        return statement;
    }
}
