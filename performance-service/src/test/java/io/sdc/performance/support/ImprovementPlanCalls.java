package io.sdc.performance.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.sdc.platform.events.OutboxEvent;
import io.sdc.platform.security.Roles;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static io.sdc.performance.support.PerformanceTestSupport.as;
import static io.sdc.performance.support.PerformanceTestSupport.etag;

/** The calls the improvement plan tests share: a plan, a recommendation, a decision, an action; the events of an action. */
public final class ImprovementPlanCalls {

    private ImprovementPlanCalls() {
    }

    /** The commissioner creates a plan agreed on a date with its themes; answers its id. */
    public static String plan(UUID contract, String agreedOn, List<String> themes) {
        String body = "{\"title\":\"Children's Services Improvement Plan\",\"agreedOn\":\"" + agreedOn + "\",\"themes\":"
                + themes.stream().map(theme -> "\"" + theme.replace("\"", "\\\"") + "\"").toList() + "}";
        return as(Roles.COMMISSIONER).body(body).post("/api/v1/contracts/" + contract + "/improvement-plans")
                .then().statusCode(201).extract().path("id");
    }

    /** The commissioner raises a recommendation of a DfE review (or of the inspection, when one is named); answers its id. */
    public static String recommendation(String plan, String number, String theme, String text, String inspection, String... indicators) {
        String source = inspection == null
                ? "{\"kind\":\"DFE_REVIEW\",\"title\":\"DfE review of the Improvement Notice\",\"date\":\"2015-12-10\"}"
                : "{\"kind\":\"OFSTED_INSPECTION\",\"inspectionId\":\"" + inspection + "\",\"title\":\"Ofsted inspection of services for "
                  + "children in need of help and protection\",\"date\":\"2015-11-04\"}";
        String body = "{\"number\":\"" + number + "\",\"theme\":\"" + theme + "\",\"text\":\"" + text.replace("\"", "\\\"")
                + "\",\"source\":" + source + ",\"indicatorCodes\":" + List.of(indicators).stream().map(code -> "\"" + code + "\"").toList() + "}";
        return as(Roles.COMMISSIONER).body(body).post("/api/v1/improvement-plans/" + plan + "/recommendations")
                .then().statusCode(201).extract().path("id");
    }

    /** The commissioner records the board's decision on a recommendation's status, at the version read. */
    public static void decide(String recommendation, String status, String body, String decidedOn, String reason) {
        String path = "/api/v1/recommendations/" + recommendation;
        as(Roles.COMMISSIONER).header("If-Match", etag(path))
                .body("{\"status\":\"" + status + "\"" + (body == null ? "" : ",\"monitoringBody\":\"" + body + "\"")
                        + ",\"decidedOn\":\"" + decidedOn + "\",\"reason\":\"" + reason + "\"}")
                .post(path + "/decisions").then().statusCode(200);
    }

    /** Adds an action answering a recommendation; answers its id. */
    public static String action(String recommendation, String title, String ownerParty, String owner, String dueDate) {
        return as(Roles.TRUST_PERFORMANCE).body("{\"title\":\"" + title + "\",\"ownerParty\":\"" + ownerParty + "\",\"owner\":\"" + owner
                        + "\",\"dueDate\":\"" + dueDate + "\"}")
                .post("/api/v1/recommendations/" + recommendation + "/actions").then().statusCode(201).extract().path("id");
    }

    /** The data of the events of a type published about one action, oldest first. */
    public static List<JsonNode> announced(ObjectMapper objectMapper, String type, String action) throws Exception {
        List<JsonNode> data = new ArrayList<>();
        for (OutboxEvent event : QuarkusTransaction.requiringNew().call(() -> OutboxEvent.<OutboxEvent>list(
                "type = ?1 order by sequenceNumber", type))) {
            JsonNode read = objectMapper.readTree(event.data());
            if (read.path("id").asText().equals(action)) {
                data.add(read);
            }
        }
        return data;
    }

    /** A file sent as evidence by a role, with its Content-Type and (unless null) Content-Disposition. */
    public static io.restassured.response.Response upload(String role, String path, String contentType, String disposition, byte[] bytes) {
        var request = as(role).contentType(contentType).body(bytes);
        if (disposition != null) {
            request.header("Content-Disposition", disposition);
        }
        return request.post(path);
    }
}
