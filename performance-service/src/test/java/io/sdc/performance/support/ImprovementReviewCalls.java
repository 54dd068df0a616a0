package io.sdc.performance.support;

import io.restassured.response.ValidatableResponse;
import io.sdc.platform.security.Roles;

import static io.sdc.performance.support.PerformanceTestSupport.as;

/** The calls the tests of monitoring visits and reviews share. */
public final class ImprovementReviewCalls {

    private ImprovementReviewCalls() {
    }

    /** An Ofsted monitoring visit's request with these findings (JSON objects). */
    public static String monitoringVisit(String... findings) {
        return """
                {"kind":"MONITORING_VISIT","title":"Ofsted monitoring visit 10-11 July 2016","heldOn":"2016-07-10","reportedOn":"2016-08-05",
                 "reviewer":"Ofsted","summary":"Significant improvements in some key areas","findings":[%s]}""".formatted(String.join(",", findings));
    }

    /** A finding that evidences an existing recommendation. */
    public static String evidencing(String judgement, String recommendation, String text) {
        return "{\"text\":\"" + text + "\",\"judgement\":\"" + judgement + "\",\"recommendationId\":\"" + recommendation + "\"}";
    }

    /** A finding that raises a new recommendation under a theme. */
    public static String raising(String number, String theme, String text, String... indicators) {
        return "{\"text\":\"" + text + "\",\"judgement\":\"AREA_FOR_IMPROVEMENT\",\"recommendation\":{\"number\":\"" + number + "\",\"theme\":\""
                + theme + "\",\"text\":\"" + text + "\",\"indicatorCodes\":" + java.util.List.of(indicators).stream()
                .map(code -> "\"" + code + "\"").toList() + "}}";
    }

    /** The commissioner records a review of the plan. */
    public static ValidatableResponse record(String plan, String body) {
        return as(Roles.COMMISSIONER).body(body).post("/api/v1/improvement-plans/" + plan + "/reviews").then();
    }
}
