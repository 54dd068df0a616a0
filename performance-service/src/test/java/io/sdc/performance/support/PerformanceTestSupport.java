package io.sdc.performance.support;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.restassured.specification.RequestSpecification;
import io.sdc.platform.events.EventEnvelope;
import io.sdc.platform.security.Roles;
import io.sdc.platform.testing.ServiceEvents;
import io.sdc.platform.testing.TestEvents;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;


/**
 * Contract-service's events as they arrive on contract.events, and calls the performance tests share; a test injects
 * it. Events are stamped by the service's clock, which tests start at a fixed instant.
 */
@ApplicationScoped
public class PerformanceTestSupport {

    @Inject
    ServiceEvents events;

    /** A contract with its first basket in force from commencement. */
    public record ContractWithBasket(UUID contract, String basket) {
    }

    public static RequestSpecification as(String role) {
        return TestEvents.as(role);
    }

    /** Announces the seed's contract as contract-service would, and waits until performance-service knows it. */
    public UUID knownContract() throws Exception {
        return events.knownContract("/api/v1/contracts/%s/baskets");
    }

    /** Announces a contract, as {@link #knownContract()}, measured by an indicator defined as {@link #indicator} does. */
    public UUID contractMeasuredBy(String code, String unit, String polarity, Integer minimumDenominator) throws Exception {
        UUID contract = knownContract();
        indicator(code, unit, polarity, minimumDenominator);
        return contract;
    }

    /** A change request event of contract-service for a PI basket revision. */
    public EventEnvelope basketRevision(String type, UUID contract, UUID changeRequest, UUID basket, String effectiveDate) {
        ObjectNode data = events.objectMapper().createObjectNode()
                .put("id", changeRequest.toString()).put("contractId", contract.toString()).put("reference", "NCR-3")
                .put("type", "PI_BASKET_REVISION").put("raisedBy", "COMMISSIONER").put("title", "A revised PI basket")
                .put("rationale", "Targets and tolerances agreed after review of the baseline").put("effectiveDate", effectiveDate)
                .put("requiresStatutoryDirection", false).put("basketVersionId", basket.toString())
                .put("status", type.endsWith(".raised") ? "DRAFT" : type.substring(type.lastIndexOf('.') + 1).toUpperCase().replace('-', '_'))
                .put("version", 1);
        data.putObject("step").put("to", data.get("status").asText()).put("actor", "commissioner.user")
                .put("role", "commissioner").put("at", now().toString());
        return new EventEnvelope(UUID.randomUUID(), type, "contract-service", contract.toString(), now(), 1, data);
    }

    /** Other services' events, and what this service made of them and published. */
    public ServiceEvents events() {
        return events;
    }

    /** Now, by the service's clock. */
    public Instant now() {
        return events.now();
    }

    public void publish(EventEnvelope event) throws Exception {
        events.publish(event);
    }

    /**
     * A {@code contract.registered} or {@code contract.revised} event of contract-service for a contract commenced on
     * 1 October 2014, with its title and version.
     */
    public EventEnvelope contractEvent(String type, UUID contractId, String title, int version) {
        ObjectNode data = events.objectMapper().createObjectNode()
                .put("id", contractId.toString())
                .put("reference", "SDC-" + contractId.toString().substring(0, 8))
                .put("title", title)
                .put("commencementDate", "2014-10-01")
                .put("expiryDate", "2024-09-30")
                .put("contractYearStart", "--10-01")
                .put("financialYearStart", "--04-01")
                .put("status", "DRAFT")
                .put("version", version);
        return new EventEnvelope(UUID.randomUUID(), type, "contract-service", contractId.toString(), now(), 1, data);
    }

    public String encode(EventEnvelope event) {
        return events.encode(event);
    }

    /** Puts a message, as it is, on contract.events, keyed by the contract. */
    public void send(UUID contract, String message) throws Exception {
        events.send("contract.events", contract.toString(), message);
    }

    /** Defines an indicator unless it is already defined. */
    public static void indicator(String code, String unit, String polarity, Integer minimumDenominator) {
        if (as(Roles.AUDITOR).get("/api/v1/indicators/" + code).statusCode() == 200) {
            return;
        }
        as(Roles.COMMISSIONER).body("""
                        {"name":"%s","definition":"%s as defined in the contract","unit":"%s","polarity":"%s","frequency":"QUARTERLY",
                         "numeratorDefinition":"Children counted","denominatorDefinition":"All children in the cohort",
                         "minimumDenominator":%s,"dataSource":"Trust case management system"}"""
                        .formatted(code, code, unit, polarity, minimumDenominator))
                .put("/api/v1/indicators/" + code).then().statusCode(200);
    }

    /**
     * Announces a contract, defines RE-REFERRALS (a percentage, lower is better) and puts the contract's first basket
     * in force from its commencement, 1 October 2014, with a baseline of 38, target 25 and tolerance 30.
     */
    public ContractWithBasket contractWithFirstBasket() throws Exception {
        UUID contract = contractMeasuredBy("RE-REFERRALS", "PERCENT", "LOWER_IS_BETTER", 20);
        String first = draftBasket(contract,
                "RE-REFERRALS {\"baselineValue\":38,\"baselineDate\":\"2014-10-01\",\"target\":25,\"toleranceKind\":\"THRESHOLD\",\"tolerance\":30}");
        activateFirst(first, "2014-10-01");
        return new ContractWithBasket(contract, first);
    }

    /** Drafts a basket, fills it and returns its id (not yet in force). */
    public static String draftBasket(UUID contract, String... entries) {
        String basket = as(Roles.COMMISSIONER).post("/api/v1/contracts/" + contract + "/baskets")
                .then().statusCode(201).extract().path("id");
        for (String entry : entries) {
            String code = entry.substring(0, entry.indexOf(' '));
            putEntry(basket, code, entry.substring(entry.indexOf(' ') + 1));
        }
        return basket;
    }

    public static void putEntry(String basket, String code, String body) {
        String etag = as(Roles.AUDITOR).get("/api/v1/baskets/" + basket).then().statusCode(200).extract().header("ETag");
        as(Roles.COMMISSIONER).header("If-Match", etag).body(body).put("/api/v1/baskets/" + basket + "/entries/" + code)
                .then().statusCode(200);
    }

    public static void activateFirst(String basket, String effectiveFrom) {
        String etag = as(Roles.AUDITOR).get("/api/v1/baskets/" + basket).then().statusCode(200).extract().header("ETag");
        as(Roles.COMMISSIONER).header("If-Match", etag).body("{\"effectiveFrom\":\"" + effectiveFrom + "\"}")
                .post("/api/v1/baskets/" + basket + "/activation").then().statusCode(200);
    }

    public static void observe(UUID contract, String body) {
        as(Roles.TRUST_PERFORMANCE).body(body).post("/api/v1/contracts/" + contract + "/observations").then().statusCode(201);
    }

    /** The ETag of a resource as an auditor reads it. */
    public static String etag(String path) {
        return as(Roles.AUDITOR).get(path).then().statusCode(200).extract().header("ETag");
    }

    /** The id of the current observation of an indicator for a period. */
    public static String observationId(UUID contract, String indicatorCode, String period) {
        return as(Roles.AUDITOR).get("/api/v1/contracts/" + contract + "/observations?period=" + period + "&indicator=" + indicatorCode)
                .then().statusCode(200).extract().path("[0].id");
    }

    /** The council validates the current observation of an indicator for a period, at the version it reads. */
    public static void validate(UUID contract, String indicatorCode, String period) {
        String observation = "/api/v1/contracts/" + contract + "/observations/" + observationId(contract, indicatorCode, period);
        as(Roles.COMMISSIONER).header("If-Match", etag(observation)).post(observation + "/validation").then().statusCode(200);
    }

    /** Every change an auditor reads in the audit history at {@code path}, oldest first. */
    public static List<Map<String, Object>> auditHistory(String path) {
        return as(Roles.AUDITOR).get(path).then().statusCode(200).extract().jsonPath().getList("$");
    }

    /**
     * Asserts that the latest change in the audit history at {@code path} was made by the actor in the role, at a time,
     * for the reason, and changed the field from one value to another (as the resource's view shows it, read at {@code
     * within}: e.g. {@code "[0].target"} of a list, or {@code ""} for the field itself); answers that change.
     */
    public static Map<String, Object> assertLatestChange(String path, String actor, String role, String reason, String field,
                                                         String within, Object from, Object to) {
        List<Map<String, Object>> history = auditHistory(path);
        org.assertj.core.api.Assertions.assertThat(history).as("the audit history at " + path).isNotEmpty();
        Map<String, Object> latest = history.get(history.size() - 1);
        org.assertj.core.api.Assertions.assertThat(latest).containsEntry("actor", actor).containsEntry("role", role)
                .containsEntry("reason", reason).containsEntry("action", "UPDATED");
        org.assertj.core.api.Assertions.assertThat(Instant.parse((String) latest.get("changedAt"))).isNotNull();
        @SuppressWarnings("unchecked")
        Map<String, Object> fieldChange = ((List<Map<String, Object>>) latest.get("changes")).stream()
                .filter(candidate -> field.equals(candidate.get("field"))).findFirst()
                .orElseThrow(() -> new AssertionError("no change to " + field + " in " + latest.get("changes")));
        org.assertj.core.api.Assertions.assertThat(text(read(fieldChange.get("from"), within))).as(field + within + " before")
                .isEqualTo(text(from));
        org.assertj.core.api.Assertions.assertThat(text(read(fieldChange.get("to"), within))).as(field + within + " after")
                .isEqualTo(text(to));
        return latest;
    }

    /** A value as text, a number without trailing zeros (25, 25.0 and 25.00 are one value). */
    public static String text(Object value) {
        return value instanceof Number number ? new java.math.BigDecimal(number.toString()).stripTrailingZeros().toPlainString()
                : String.valueOf(value);
    }

    /** A value within a field's value: {@code [i].name} of a list of objects, or the value itself for {@code ""}. */
    @SuppressWarnings("unchecked")
    private static Object read(Object value, String within) {
        if (within.isEmpty()) {
            return value;
        }
        int index = Integer.parseInt(within.substring(1, within.indexOf(']')));
        return ((Map<String, Object>) ((List<Object>) value).get(index)).get(within.substring(within.indexOf('.') + 1));
    }

    /** The council validates every figure of a period awaiting validation. */
    public static void validateAll(UUID contract, String period) {
        List<String> codes = as(Roles.AUDITOR).get("/api/v1/contracts/" + contract + "/observations?status=SUBMITTED&period=" + period)
                .then().statusCode(200).extract().path("indicatorCode");
        codes.forEach(code -> validate(contract, code, period));
    }
}
