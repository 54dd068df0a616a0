package io.sdc.performance.improvement;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.sdc.performance.improvement.service.ImprovementActionReminders;
import io.sdc.performance.support.PerformanceTestSupport;
import io.sdc.performance.support.TwoInstances;
import io.sdc.platform.security.Roles;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import static io.sdc.performance.support.ImprovementPlanCalls.action;
import static io.sdc.performance.support.ImprovementPlanCalls.upload;
import static io.sdc.performance.support.ImprovementPlanCalls.announced;
import static io.sdc.performance.support.ImprovementPlanCalls.plan;
import static io.sdc.performance.support.ImprovementPlanCalls.recommendation;
import static io.sdc.performance.support.PerformanceTestSupport.as;
import static io.sdc.performance.support.PerformanceTestSupport.assertLatestChange;
import static io.sdc.performance.support.PerformanceTestSupport.auditHistory;
import static io.sdc.performance.support.PerformanceTestSupport.etag;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

/**
 * Improvement actions over HTTP, on the test clock (2026-06-15): owners reminded once before due dates by the daily
 * check run by two instances at once, again after a re-plan; actions re-planned by the council and, for its owner only,
 * by the trust, an overdue one brought back on track; evidence files uploaded by the owner's party, listed, downloaded
 * as uploaded, cited by progress updates and kept unchangeable.
 */
@QuarkusTest
class ImprovementActionTest {

    private static final String THEME = "Excellent safeguarding standards and practice";
    private static final String DUE_SOON = "performance.improvement-action.due-soon";
    private static final byte[] PDF = "%PDF-1.7\n% January's audit of 40 assessments\n".getBytes(StandardCharsets.US_ASCII);

    @Inject
    PerformanceTestSupport support;

    @Inject
    ImprovementActionReminders reminders;

    @Inject
    ObjectMapper objectMapper;

    @Inject
    EntityManager entityManager;

    private String aRecommendation() throws Exception {
        String plan = plan(support.knownContract(), "2015-12-01", List.of(THEME));
        return recommendation(plan, "1", THEME, "Timeliness of assessments", null);
    }

    @Test
    void anOwnerIsRemindedOnceBeforeTheDueDateEvenWithTwoInstancesAndAgainAfterARescheduling() throws Exception {
        String recommendation = aRecommendation();
        String inTenDays = action(recommendation, "Weekly timeliness report", "TRUST", "Performance team", "2026-06-25");
        String inTwentyDays = action(recommendation, "Monthly audit", "COUNCIL", "Commissioning team", "2026-07-05");
        assertThat(announced(objectMapper, "performance.improvement-action.added", inTenDays)).singleElement()
                .satisfies(added -> assertThat(added.path("asOf").asText()).isEqualTo("2026-06-15"))
                .satisfies(added -> assertThat(added.path("status").asText()).isEqualTo("NOT_STARTED"));

        String path = "/api/v1/improvement-actions/" + inTenDays;
        String readBeforeTheReminder = etag(path);
        TwoInstances.runAtOnce(() -> reminders.announceDueSoon());
        reminders.announceDueSoon();
        assertThat(etag(path)).as("the reminder leaves the action (its ETag) as it was").isEqualTo(readBeforeTheReminder);
        assertThat(announced(objectMapper, DUE_SOON, inTwentyDays)).as("due in 20 days").isEmpty();
        List<JsonNode> reminded = announced(objectMapper, DUE_SOON, inTenDays);
        assertThat(reminded).singleElement().satisfies(due -> {
            assertThat(due.path("dueDate").asText()).isEqualTo("2026-06-25");
            assertThat(due.path("asOf").asText()).isEqualTo("2026-06-15");
            assertThat(due.path("ownerParty").asText()).isEqualTo("TRUST");
        });

        as(Roles.COMMISSIONER).header("If-Match", readBeforeTheReminder).body("""
                {"title":"Weekly timeliness report","ownerParty":"TRUST","owner":"Performance team","dueDate":"2026-06-28",
                 "reason":"The report's first run moved to the end of the month"}""").put(path).then().statusCode(200);
        reminders.announceDueSoon();
        reminders.announceDueSoon();
        assertThat(announced(objectMapper, DUE_SOON, inTenDays)).extracting(due -> due.path("dueDate").asText())
                .containsExactly("2026-06-25", "2026-06-28");
    }

    @Test
    void theCouncilReplansAnActionTheTrustRenamesTheOwnerOfItsOwnAndAnOverdueActionComesBackOnTrack() throws Exception {
        String recommendation = aRecommendation();
        String action = action(recommendation, "Front door review", "TRUST", "Head of Referral and Response", "2016-03-31");
        String path = "/api/v1/improvement-actions/" + action;
        String later = """
                {"title":"Front door review","ownerParty":"TRUST","owner":"Head of Referral and Response","dueDate":"2026-09-30\"""";
        as(Roles.COMMISSIONER).body(later + ",\"reason\":\"Agreed at the Group\"}").put(path).then().statusCode(428);
        as(Roles.COMMISSIONER).header("If-Match", "\"0\"").body(later + "}").put(path).then().statusCode(400)
                .contentType(startsWith("application/problem+json")).body("violations.field", hasItem("reason"));
        as(Roles.AUDITOR).header("If-Match", "\"0\"").body(later + ",\"reason\":\"Agreed\"}").put(path).then().statusCode(403);
        as(Roles.TRUST_PERFORMANCE).header("If-Match", "\"0\"").body(later + ",\"reason\":\"We need longer\"}").put(path).then().statusCode(403)
                .body("detail", containsString("agreed by the council (commissioner): dueDate"));

        as(Roles.TRUST_PERFORMANCE).header("If-Match", "\"0\"").header("Change-Reason", "New service structure").body("""
                        {"title":"Front door review","ownerParty":"TRUST","owner":"Head of Service, Front Door","dueDate":"2016-03-31"}""")
                .put(path).then().statusCode(200).header("ETag", equalTo("\"1\"")).body("owner", equalTo("Head of Service, Front Door"))
                .body("replans[0].changes[0].field", equalTo("owner")).body("replans[0].party", equalTo("TRUST"));

        reminders.announceOverdue();
        as(Roles.AUDITOR).get(path).then().statusCode(200).body("status", equalTo("OVERDUE"));
        as(Roles.COMMISSIONER).header("If-Match", etag(path)).body("""
                        {"title":"Front door review and its action plan","ownerParty":"TRUST","owner":"Head of Service, Front Door",
                         "dueDate":"2026-09-30","reason":"Re-planned with the Strategic Inspection Group after the monitoring visit"}""")
                .put(path).then().statusCode(200).body("status", equalTo("ON_TRACK")).body("dueDate", equalTo("2026-09-30"))
                .body("replans[1].replannedBy", equalTo("commissioner.user"))
                .body("replans[1].changes.field", equalTo(List.of("title", "dueDate", "status")));
        assertLatestChange("/api/v1/audit/improvement-action/" + action, "commissioner.user", Roles.COMMISSIONER,
                "Re-planned with the Strategic Inspection Group after the monitoring visit", "dueDate", "", "2016-03-31", "2026-09-30");
        assertThat(announced(objectMapper, "performance.improvement-action.replanned", action)).hasSize(2).last().satisfies(replanned -> {
            assertThat(replanned.path("previousDueDate").asText()).isEqualTo("2016-03-31");
            assertThat(replanned.path("dueDate").asText()).isEqualTo("2026-09-30");
            assertThat(replanned.path("ownerParty").asText()).isEqualTo("TRUST");
            assertThat(replanned.path("previousOwnerParty").asText()).isEqualTo("TRUST");
            assertThat(replanned.path("reason").asText()).startsWith("Re-planned with the Strategic Inspection Group");
        });

        as(Roles.COMMISSIONER).header("If-Match", etag(path)).post(path + "/completion").then().statusCode(200);
        as(Roles.COMMISSIONER).header("If-Match", etag(path)).body(later + ",\"reason\":\"Again\"}").put(path).then().statusCode(409)
                .body("detail", equalTo("Action 'Front door review and its action plan' is COMPLETE: its plan no longer changes"));
    }

    @Test
    void theOwnersPartyUploadsEvidenceThatIsListedDownloadedAsUploadedCitedByProgressAndNeverChanged() throws Exception {
        String recommendation = aRecommendation();
        String action = action(recommendation, "Audit 40 assessments a month", "TRUST", "Head of Quality Assurance", "2026-09-30");
        String other = action(recommendation, "Another action", "TRUST", "Someone", "2026-09-30");
        String evidence = "/api/v1/improvement-actions/" + action + "/evidence";

        var created = upload(Roles.TRUST_PERFORMANCE, evidence + "?description=January's audit", "application/pdf",
                "attachment; filename*=UTF-8''audit%20janvier%20caf%C3%A9.pdf", PDF).then().statusCode(201)
                .body("fileName", equalTo("audit janvier café.pdf")).body("mediaType", equalTo("application/pdf"))
                .body("description", equalTo("January's audit")).body("size", equalTo(PDF.length))
                .body("uploadedBy", equalTo("trust-performance.user")).body("uploaderRole", equalTo(Roles.TRUST_PERFORMANCE))
                .extract();
        String file = created.path("id");
        String sha256 = created.path("sha256");
        assertThat(created.header("Location")).endsWith("/api/v1/improvement-evidence/" + file);
        upload(Roles.TRUST_PERFORMANCE, evidence, "application/pdf", "attachment; filename=\"again.pdf\"", PDF).then().statusCode(200)
                .body("id", equalTo(file));

        upload(Roles.COMMISSIONER, evidence, "application/pdf", "attachment; filename=\"a.pdf\"", PDF).then().statusCode(403);
        upload(Roles.TRUST_FINANCE, evidence, "application/pdf", "attachment; filename=\"a.pdf\"", PDF).then().statusCode(403);
        upload(Roles.TRUST_PERFORMANCE, evidence, "text/html", "attachment; filename=\"a.html\"", "<p>".getBytes(StandardCharsets.UTF_8))
                .then().statusCode(415).contentType(startsWith("application/problem+json")).body("status", equalTo(415));
        upload(Roles.TRUST_PERFORMANCE, evidence, "image/png", "attachment; filename=\"a.png\"", PDF).then().statusCode(415)
                .body("detail", containsString("its content is not PNG"));
        upload(Roles.TRUST_PERFORMANCE, evidence, "text/plain", "attachment; filename=\"a.txt\"", new byte[0]).then().statusCode(400);
        upload(Roles.TRUST_PERFORMANCE, evidence, "application/pdf", null, PDF).then().statusCode(400)
                .body("violations.field", hasItem("fileName"));
        byte[] large = Arrays.copyOf(PDF, 10 * 1024 * 1024 + 1);
        upload(Roles.TRUST_PERFORMANCE, evidence, "application/pdf", "attachment; filename=\"large.pdf\"", large).then().statusCode(413)
                .contentType(startsWith("application/problem+json")).body("detail", containsString("at most 10485760 bytes"));

        as(Roles.TRUST_FINANCE).get(evidence).then().statusCode(200).body("id", org.hamcrest.Matchers.hasSize(1)).body("[0].id", equalTo(file))
                .body("[0].href", equalTo("/api/v1/improvement-evidence/" + file)).body("[0]", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasKey("bytes")));
        var download = as(Roles.AUDITOR).get("/api/v1/improvement-evidence/" + file).then().statusCode(200)
                .contentType(startsWith("application/pdf")).header("ETag", equalTo("\"" + sha256 + "\""))
                .header("Content-Disposition", containsString("filename*=UTF-8''audit%20janvier%20caf%C3%A9.pdf")).extract();
        assertThat(download.asByteArray()).isEqualTo(PDF);
        String text = upload(Roles.TRUST_PERFORMANCE, evidence, "text/plain; charset=UTF-8", "attachment; filename=\"notes.txt\"",
                "Case file audit notes\n".getBytes(StandardCharsets.UTF_8)).then().statusCode(201).extract().path("id");
        assertThat(as(Roles.TRUST_PERFORMANCE).get("/api/v1/improvement-evidence/" + text).then().statusCode(200)
                .contentType(startsWith("text/plain")).extract().asString()).isEqualTo("Case file audit notes\n");
        assertThat(auditHistory("/api/v1/audit/improvement-evidence/" + file)).singleElement()
                .satisfies(record -> assertThat(record).containsEntry("actor", "trust-performance.user").containsEntry("action", "CREATED"));

        String progress = "/api/v1/improvement-actions/" + action + "/progress";
        as(Roles.TRUST_PERFORMANCE).header("If-Match", etag("/api/v1/improvement-actions/" + other))
                .body("{\"commentary\":\"Audit done\",\"evidenceFiles\":[\"" + file + "\"]}")
                .post("/api/v1/improvement-actions/" + other + "/progress").then().statusCode(400)
                .body("violations.field", hasItem("evidenceFiles")).body("detail", containsString("another action"));
        as(Roles.TRUST_PERFORMANCE).header("If-Match", "\"0\"").body("{\"commentary\":\"Audit done\",\"evidenceFiles\":[\"" + UUID.randomUUID() + "\"]}")
                .post(progress).then().statusCode(400).body("violations.field", hasItem("evidenceFiles"));
        as(Roles.TRUST_PERFORMANCE).header("If-Match", "\"0\"")
                .body("{\"commentary\":\"January's audit: 31 of 40 met the standard\",\"status\":\"AT_RISK\",\"evidenceFiles\":[\"" + file + "\"],"
                        + "\"evidence\":[\"https://trust.example/qa/audit-2016-01\"]}")
                .post(progress).then().statusCode(200).body("progress[0].evidenceFiles", equalTo(List.of(file)))
                .body("progress[0].evidence", equalTo(List.of("https://trust.example/qa/audit-2016-01")));

        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> entityManager
                .createNativeQuery("UPDATE improvement_evidence SET file_name = 'other.pdf' WHERE id = ?1").setParameter(1, UUID.fromString(file))
                .executeUpdate())).hasStackTraceContaining("kept as uploaded");
        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> entityManager
                .createNativeQuery("UPDATE improvement_evidence SET contract_id = NULL WHERE id = ?1").setParameter(1, UUID.fromString(file))
                .executeUpdate())).as("only a council-held plan's file takes a contract, once").hasStackTraceContaining("kept as uploaded");
        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> entityManager
                .createNativeQuery("DELETE FROM improvement_evidence WHERE id = ?1").setParameter(1, UUID.fromString(file))
                .executeUpdate())).hasStackTraceContaining("kept as uploaded");
        as(Roles.AUDITOR).get("/api/v1/improvement-evidence/" + file).then().statusCode(200).header("ETag", equalTo("\"" + sha256 + "\""));
    }
}
