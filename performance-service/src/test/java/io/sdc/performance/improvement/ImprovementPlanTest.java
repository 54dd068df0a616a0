package io.sdc.performance.improvement;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.sdc.performance.improvement.service.ImprovementActionReminders;
import io.sdc.performance.support.PerformanceTestSupport;
import io.sdc.performance.support.TwoInstances;
import io.sdc.platform.events.OutboxEvent;
import io.sdc.platform.security.Roles;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.sdc.performance.support.ImprovementPlanCalls.action;
import static io.sdc.performance.support.ImprovementPlanCalls.decide;
import static io.sdc.performance.support.ImprovementPlanCalls.plan;
import static io.sdc.performance.support.ImprovementPlanCalls.recommendation;
import static io.sdc.performance.support.PerformanceTestSupport.as;
import static io.sdc.performance.support.PerformanceTestSupport.assertLatestChange;
import static io.sdc.performance.support.PerformanceTestSupport.etag;
import static io.sdc.performance.support.PerformanceTestSupport.observe;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

/**
 * Improvement plans over HTTP: seed 002's closing table from its 48 recommendations; a plan refreshed, a recommendation
 * decided and an action progressed and completed, each with If-Match, in the right role, and in the audit history; the
 * board's view (overdue first, progress since its date, indicators' RAG); and the daily overdue check run by two
 * instances at once announcing each action once.
 */
@QuarkusTest
class ImprovementPlanTest {

    private static final String SAFEGUARDING = "Excellent safeguarding standards and practice";

    @Inject
    PerformanceTestSupport support;

    @Inject
    ImprovementActionReminders reminders;

    @Inject
    ObjectMapper objectMapper;

    @Test
    void theBoardsCountsPerThemeAndStatusAreSeed002sClosingTable() throws Exception {
        UUID contract = support.knownContract();
        Map<String, String> themes = new LinkedHashMap<>();
        List<String[]> rows = new ArrayList<>();
        try (BufferedReader seed = new BufferedReader(new InputStreamReader(
                getClass().getResourceAsStream("/improvement/seed-002-annex-a.tsv"), StandardCharsets.UTF_8))) {
            String theme = null;
            for (String line = seed.readLine(); line != null; line = seed.readLine()) {
                String[] fields = line.split("\t");
                if (line.startsWith("#") || line.isBlank()) {
                    continue;
                }
                if (fields[0].equals("THEME")) {
                    theme = fields[2];
                    themes.put(fields[1], theme);
                } else {
                    rows.add(new String[]{fields[0], fields[1], theme, fields[2]});
                }
            }
        }
        assertThat(rows).hasSize(48);
        String plan = plan(contract, "2010-03-01", List.copyOf(themes.values()));
        for (String[] row : rows) {
            String id = recommendation(plan, row[0], row[2], row[3], null);
            switch (row[1]) {
                case "CSIB" -> decide(id, "MONITORED_BY_IMPROVEMENT_BOARD", null, "2011-01-14", "Continued monitoring by the Improvement Board");
                case "Other" -> decide(id, "MONITORED_BY_OTHER_BODY", "Another accountable body", "2011-01-14",
                        "Monitoring by other accountable body");
                case "Closed" -> decide(id, "CLOSED", null, "2011-01-14", "Actions against the recommendation complete");
                default -> throw new AssertionError(row[1]);
            }
        }

        var board = as(Roles.AUDITOR).get("/api/v1/improvement-plans/" + plan + "/board").then().statusCode(200).extract().jsonPath();
        // Theme: continued monitoring by the board, by another accountable body, closed (seed 002, "Summary").
        int[][] table = {{4, 3, 2}, {10, 4, 6}, {4, 0, 7}, {0, 6, 0}, {2, 0, 0}};
        for (int theme = 0; theme < 5; theme++) {
            String at = "themes[" + theme + "].";
            assertThat(board.getString(at + "theme")).isEqualTo(themes.get(String.valueOf(theme + 1)));
            assertThat(List.of(board.getInt(at + "byStatus.MONITORED_BY_IMPROVEMENT_BOARD"), board.getInt(at + "byStatus.MONITORED_BY_OTHER_BODY"),
                    board.getInt(at + "byStatus.CLOSED"), board.getInt(at + "byStatus.OPEN") + board.getInt(at + "byStatus.BUSINESS_AS_USUAL")))
                    .as("theme " + (theme + 1)).containsExactly(table[theme][0], table[theme][1], table[theme][2], 0);
        }
        assertThat(List.of(board.getInt("totals.MONITORED_BY_IMPROVEMENT_BOARD"), board.getInt("totals.MONITORED_BY_OTHER_BODY"),
                board.getInt("totals.CLOSED"))).containsExactly(20, 13, 15);
        assertThat(board.getList("recommendations.recommendation.number", String.class)).hasSize(48).startsWith("1.1.1", "1.2.1")
                .containsSubsequence("2.1.9", "2.1.10", "2.2.1");
    }

    @Test
    void aPlanIsRefreshedARecommendationDecidedAndAnActionProgressedAndCompletedEachInTheAuditHistory() throws Exception {
        UUID contract = support.knownContract();
        String plan = plan(contract, "2015-12-01", List.of(SAFEGUARDING));
        String planPath = "/api/v1/improvement-plans/" + plan;
        String refresh = "{\"title\":\"Refreshed plan\",\"agreedOn\":\"2016-10-01\",\"themes\":[\"Confident leadership\",\"" + SAFEGUARDING + "\"]";
        as(Roles.COMMISSIONER).body(refresh + ",\"reason\":\"New objectives\"}").put(planPath).then().statusCode(428);
        as(Roles.COMMISSIONER).header("If-Match", "\"0\"").body(refresh + "}").put(planPath).then().statusCode(400)
                .contentType(startsWith("application/problem+json")).body("violations.field", hasItem("reason"));
        as(Roles.TRUST_PERFORMANCE).header("If-Match", "\"0\"").body(refresh + ",\"reason\":\"New objectives\"}").put(planPath).then().statusCode(403);
        as(Roles.COMMISSIONER).header("If-Match", "\"0\"").body(refresh + ",\"reason\":\"New objectives\"}").put(planPath).then().statusCode(200)
                .header("ETag", equalTo("\"1\"")).body("planVersion", equalTo(2));
        as(Roles.COMMISSIONER).header("If-Match", "\"0\"").body(refresh + ",\"reason\":\"Again\"}").put(planPath).then().statusCode(412);
        assertLatestChange("/api/v1/audit/improvement-plan/" + plan, "commissioner.user", Roles.COMMISSIONER, "New objectives",
                "planVersion", "", 1, 2);

        String inspection = as(Roles.COMMISSIONER).body("""
                        {"inspectorate":"Ofsted","type":"Services for children in need of help and protection","date":"2015-11-04",
                         "overallJudgement":"INADEQUATE","recommendations":20}""")
                .post("/api/v1/contracts/" + contract + "/inspections").then().statusCode(201).extract().path("id");
        String recommendation = recommendation(plan, "14", SAFEGUARDING, "Children with disabilities in child protection work", inspection);
        String recommendationPath = "/api/v1/recommendations/" + recommendation;
        as(Roles.AUDITOR).get(recommendationPath).then().statusCode(200).body("source.inspectionId", equalTo(inspection)).body("status", equalTo("OPEN"));
        as(Roles.COMMISSIONER).header("If-Match", "\"0\"").body("{\"status\":\"MONITORED_BY_IMPROVEMENT_BOARD\"}")
                .post(recommendationPath + "/decisions").then().statusCode(400).body("violations.field", hasItem("reason"));
        decide(recommendation, "MONITORED_BY_IMPROVEMENT_BOARD", null, "2016-01-14", "Monitored until the monitoring visit");
        assertLatestChange("/api/v1/audit/recommendation/" + recommendation, "commissioner.user", Roles.COMMISSIONER,
                "Monitored until the monitoring visit", "status", "", "OPEN", "MONITORED_BY_IMPROVEMENT_BOARD");
        decide(recommendation, "CLOSED", null, "2016-06-01", "Actions complete");
        as(Roles.COMMISSIONER).header("If-Match", etag(recommendationPath)).body("{\"status\":\"BUSINESS_AS_USUAL\",\"reason\":\"Reopen\"}")
                .post(recommendationPath + "/decisions").then().statusCode(409)
                .body("detail", equalTo("Recommendation 14 is CLOSED and cannot become BUSINESS_AS_USUAL; the steps allowed from CLOSED are none: it is final"));

        String open = recommendation(plan, "15", SAFEGUARDING, "Corporate parenting board", inspection);
        String action = action(open, "Revise the Corporate Parenting Board's terms of reference", "TRUST", "Director of Children's Social Care", "2026-09-30");
        String actionPath = "/api/v1/improvement-actions/" + action;
        String progress = "{\"commentary\":\"Terms of reference drafted\",\"status\":\"ON_TRACK\",\"evidence\":[\"https://trust.example/cpb-tor.pdf\"]}";
        as(Roles.TRUST_PERFORMANCE).body(progress).post(actionPath + "/progress").then().statusCode(428);
        as(Roles.TRUST_FINANCE).header("If-Match", "\"0\"").body(progress).post(actionPath + "/progress").then().statusCode(403);
        as(Roles.COMMISSIONER).header("If-Match", "\"0\"").body(progress).post(actionPath + "/progress").then().statusCode(403)
                .body("detail", containsString("only its owner"));
        as(Roles.TRUST_PERFORMANCE).header("If-Match", "\"0\"").header("Change-Reason", "Monthly progress report").body(progress)
                .post(actionPath + "/progress").then().statusCode(200).body("status", equalTo("ON_TRACK"))
                .body("progress[0].evidence", contains("https://trust.example/cpb-tor.pdf"));
        assertLatestChange("/api/v1/audit/improvement-action/" + action, "trust-performance.user", Roles.TRUST_PERFORMANCE,
                "Monthly progress report", "status", "", "NOT_STARTED", "ON_TRACK");
        as(Roles.TRUST_PERFORMANCE).header("If-Match", "\"1\"").post(actionPath + "/completion").then().statusCode(403);
        as(Roles.COMMISSIONER).header("If-Match", "\"1\"").header("Change-Reason", "Evidence seen at the Strategic Inspection Group")
                .post(actionPath + "/completion").then().statusCode(200).body("status", equalTo("COMPLETE"))
                .body("completionConfirmedBy", equalTo("commissioner.user"));
        assertLatestChange("/api/v1/audit/improvement-action/" + action, "commissioner.user", Roles.COMMISSIONER,
                "Evidence seen at the Strategic Inspection Group", "status", "", "ON_TRACK", "COMPLETE");
        assertThat(published("performance.improvement-action.completed", contract)).containsExactly(action);
    }

    @Test
    void theBoardShowsOverdueActionsFirstTheProgressSinceItsDateAndEachIndicatorsLatestRag() throws Exception {
        UUID contract = support.contractWithFirstBasket().contract();
        observe(contract, "[{\"indicatorCode\":\"RE-REFERRALS\",\"period\":\"2015-Q1\",\"numerator\":80,\"denominator\":200}]");
        observe(contract, "[{\"indicatorCode\":\"RE-REFERRALS\",\"period\":\"2015-Q2\",\"numerator\":80,\"denominator\":200}]");
        String plan = plan(contract, "2015-12-01", List.of(SAFEGUARDING));
        String onTime = recommendation(plan, "1", SAFEGUARDING, "Timeliness of assessments", null);
        String late = recommendation(plan, "2", SAFEGUARDING, "Re-referrals", null, "RE-REFERRALS");
        String due = action(onTime, "Weekly timeliness report", "TRUST", "Performance team", "2026-12-31");
        as(Roles.TRUST_PERFORMANCE).header("If-Match", "\"0\"").body("{\"commentary\":\"Report running\",\"status\":\"ON_TRACK\"}")
                .post("/api/v1/improvement-actions/" + due + "/progress").then().statusCode(200);
        String overdue = action(late, "Front door review", "TRUST", "Head of Referral and Response", "2016-03-31");
        action(late, "Re-referral audit", "COUNCIL", "Commissioning team", "2026-12-31");
        reminders.announceOverdue();

        var board = as(Roles.TRUST_FINANCE).get("/api/v1/improvement-plans/" + plan + "/board?since=2026-06-01").then().statusCode(200)
                .extract().jsonPath();
        assertThat(board.getList("recommendations.recommendation.number", String.class)).containsExactly("2", "1");
        assertThat(board.getString("recommendations[0].actions[0].id")).isEqualTo(overdue);
        assertThat(board.getString("recommendations[0].actions[0].status")).isEqualTo("OVERDUE");
        assertThat(board.getString("recommendations[0].indicators[0].indicatorCode")).isEqualTo("RE-REFERRALS");
        assertThat(board.getString("recommendations[0].indicators[0].period")).isEqualTo("2015-Q2");
        assertThat(board.getString("recommendations[0].indicators[0].rag")).isEqualTo("RED");
        assertThat(board.getList("recommendations[1].progressSince.update.commentary", String.class)).containsExactly("Report running");
        assertThat(as(Roles.AUDITOR).get("/api/v1/improvement-plans/" + plan + "/board?since=2026-06-16").then().statusCode(200)
                .extract().jsonPath().getList("recommendations[1].progressSince")).isEmpty();
        as(Roles.AUDITOR).get("/api/v1/improvement-plans/" + plan + "/board?since=June").then().statusCode(400);
    }

    @Test
    void twoInstancesCheckingAtOnceAnnounceEachOverdueActionOnce() throws Exception {
        UUID contract = support.knownContract();
        String plan = plan(contract, "2015-12-01", List.of(SAFEGUARDING));
        List<String> due = new ArrayList<>();
        for (int i = 1; i <= 4; i++) {
            String recommendation = recommendation(plan, String.valueOf(i), SAFEGUARDING, "Recommendation " + i, null);
            due.add(action(recommendation, "Action " + i, i % 2 == 0 ? "COUNCIL" : "TRUST", "Owner " + i, "2016-0" + i + "-28"));
        }
        action(recommendation(plan, "5", SAFEGUARDING, "Not yet due", null), "Later", "TRUST", "Owner", "2027-01-31");

        TwoInstances.runAtOnce(() -> reminders.announceOverdue());
        reminders.announceOverdue();

        assertThat(published("performance.improvement-action.overdue", contract)).containsExactlyInAnyOrderElementsOf(due);
        as(Roles.AUDITOR).get("/api/v1/improvement-actions/" + due.get(0)).then().statusCode(200).body("status", equalTo("OVERDUE"));
    }

    /** The ids in the data of the events of a type published for the contract. */
    private List<String> published(String type, UUID contract) throws Exception {
        List<String> ids = new ArrayList<>();
        for (OutboxEvent event : QuarkusTransaction.requiringNew().call(() -> OutboxEvent.<OutboxEvent>list("type = ?1 and subject = ?2",
                type, contract.toString()))) {
            ids.add(objectMapper.readTree(event.data()).path("id").asText());
        }
        return ids;
    }
}
