package io.sdc.finance.support;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.restassured.specification.RequestSpecification;
import io.sdc.platform.events.CloudEventCodec;
import io.sdc.platform.events.EventEnvelope;
import io.sdc.platform.security.Roles;
import io.sdc.platform.testing.ServiceEvents;
import io.sdc.platform.testing.TestEvents;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Instant;
import java.util.UUID;

import static io.restassured.RestAssured.given;

/** Contract-service's events as they arrive, and the budget calls the finance tests share; tests inject it. */
@ApplicationScoped
public class FinanceTestSupport {

    @Inject
    ServiceEvents events;

    public static RequestSpecification as(String role) {
        return TestEvents.as(role);
    }

    /** A call as a named user holding the role, e.g. the council's officer who validates a return. */
    public static RequestSpecification asUser(String user, String role) {
        return given().auth().oauth2(io.sdc.platform.testing.TestTokens.forUser(user, role));
    }

    /** Announces the seed's contract as contract-service would and waits until finance-service knows it. */
    public UUID knownContract() throws Exception {
        return events.knownContract("/api/v1/contracts/%s/budgets");
    }

    /** When the change requests of these tests were approved: a fixed instant, never the machine's calendar. */
    public static final Instant APPROVED_AT = Instant.parse("2015-09-30T10:00:00Z");

    /**
     * contract-service's {@code contract.change-request.approved} for a budget-variation change request, as it
     * publishes it: the variation of a line of a year's budget by an amount, effective 1 October 2015.
     */
    public EventEnvelope approvedVariation(UUID contract, UUID changeRequest, String reference, String title, String rationale,
                                           String year, String line, String amount) {
        ObjectNode data = events.objectMapper().createObjectNode()
                .put("id", changeRequest.toString()).put("contractId", contract.toString()).put("reference", reference)
                .put("type", "BUDGET_VARIATION").put("raisedBy", "PROVIDER").put("title", title)
                .put("rationale", rationale).put("effectiveDate", "2015-10-01")
                .put("financialImpact", amount).put("requiresStatutoryDirection", false).put("status", "APPROVED").put("version", 3);
        data.putObject("budget").put("financialYear", year).put("line", line).put("amount", amount);
        data.putObject("step").put("from", "AGREED_IN_PRINCIPLE").put("to", "APPROVED").put("actor", "commissioner.user")
                .put("role", "commissioner").put("at", APPROVED_AT.toString());
        return new EventEnvelope(UUID.randomUUID(), "contract.change-request.approved", "contract-service", contract.toString(),
                APPROVED_AT, 1, data);
    }

    public void publish(EventEnvelope event) throws Exception {
        events.publish(event);
    }

    /** Other services' events, and what this service made of them and published. */
    public ServiceEvents events() {
        return events;
    }

    public ObjectMapper objectMapper() {
        return events.objectMapper();
    }

    public CloudEventCodec codec() {
        return events.codec();
    }

    /**
     * The trust's finance officer imports a monitoring return for the period; a reason, if given, goes in the
     * Change-Reason header (a correction of a submitted or validated return needs one).
     */
    public static io.restassured.response.Response importReturn(String budget, String period, String contentType, byte[] body,
                                                                 String reason) {
        RequestSpecification request = asUser("finance.officer", Roles.TRUST_FINANCE).contentType(contentType).body(body);
        if (reason != null) {
            request.header("Change-Reason", reason);
        }
        return request.post("/api/v1/budgets/" + budget + "/monitoring-returns?period=" + period);
    }

    /** {@link #importReturn} of a CSV text. */
    public static io.restassured.response.Response importReturn(String budget, String period, String csv, String reason) {
        return importReturn(budget, period, "text/csv", csv.getBytes(java.nio.charset.StandardCharsets.UTF_8), reason);
    }

    /** The council validates a monitoring return, as it must before the year's outturn can be made final. */
    public static void validateReturn(String returnId) {
        String path = "/api/v1/monitoring-returns/" + returnId;
        as(Roles.COMMISSIONER).header("If-Match", etag(path)).post(path + "/validation").then().statusCode(200);
    }

    public static String etag(String path) {
        return as(Roles.AUDITOR).get(path).then().statusCode(200).extract().header("ETag");
    }

    /** An approved 2015/16 budget of two lines: staffing £18.2m and placements £12.5m (demand-led). */
    public static String approvedStaffingAndPlacements201516(UUID contract) {
        return approvedBudget(contract, "2015/16", "staffing 18200000.00 false", "placements 12500000.00 true");
    }

    /** An approved budget for a year with the given lines ("code amount demandLed"), the base being their sum. */
    public static String approvedBudget(UUID contract, String year, String... lines) {
        java.math.BigDecimal base = java.math.BigDecimal.ZERO;
        for (String line : lines) {
            base = base.add(new java.math.BigDecimal(line.split(" ")[1]));
        }
        String budget = as(Roles.COMMISSIONER).body("{\"financialYear\":\"" + year + "\",\"baseAmount\":\"" + base.setScale(2).toPlainString() + "\"}")
                .post("/api/v1/contracts/" + contract + "/budgets").then().statusCode(201).extract().path("id");
        for (String line : lines) {
            String[] parts = line.split(" ");
            as(Roles.COMMISSIONER).header("If-Match", etag("/api/v1/budgets/" + budget))
                    .body("{\"name\":\"" + parts[0] + "\",\"amount\":\"" + parts[1] + "\",\"demandLed\":" + parts[2] + "}")
                    .put("/api/v1/budgets/" + budget + "/lines/" + parts[0]).then().statusCode(200);
        }
        for (String status : new String[] {"CONFIRMED_IN_PRINCIPLE", "APPROVED"}) {
            as(Roles.COMMISSIONER).header("If-Match", etag("/api/v1/budgets/" + budget)).body("{\"status\":\"" + status + "\"}")
                    .post("/api/v1/budgets/" + budget + "/status").then().statusCode(200);
        }
        return budget;
    }
}
