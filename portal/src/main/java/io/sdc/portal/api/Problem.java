package io.sdc.portal.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.qute.TemplateData;

import java.util.ArrayList;
import java.util.List;

/** A service's refusal (RFC 9457): its status, type, title, detail and each field that broke a rule. */
@TemplateData
public record Problem(int status, String type, String title, String detail, List<Violation> violations) {

    /** A problem as a service wrote it in JSON, e.g. a failed job's. */
    public static Problem read(JsonNode problem) {
        List<Violation> violations = new ArrayList<>();
        for (JsonNode violation : problem.path("violations")) {
            violations.add(new Violation(violation.path("field").asText(""), violation.path("message").asText("")));
        }
        return new Problem(problem.path("status").asInt(400), problem.path("type").asText("about:blank"),
                problem.path("title").asText(""), problem.path("detail").asText(""), violations);
    }

    /** True when the service refused because the resource changed since it was read (a stale {@code If-Match}). */
    public boolean isStale() {
        return status == 412;
    }

    /** The problem in a sentence for people: the service's detail, or its title when it gave none. */
    public String message() {
        return detail == null || detail.isBlank() ? title : detail;
    }

    @TemplateData
    public record Violation(String field, String message) {
    }
}
