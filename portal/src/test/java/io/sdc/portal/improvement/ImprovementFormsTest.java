package io.sdc.portal.improvement;

import io.sdc.portal.api.Problem;
import io.sdc.portal.web.FormErrors;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ImprovementFormsTest {

    @Test
    void aDecisionForAnotherAccountableBodyNamesItAndTheDateTypedAsTheApiReadsIt() {
        ImprovementForms.Decision form = decision("MONITORED_BY_OTHER_BODY", " Doncaster Safeguarding Children Board ");
        form.decidedDay = "4";
        form.decidedMonth = "1";
        form.decidedYear = "2016";
        form.reason = " A subset of 1.1.1 ";

        Map<String, Object> body = form.toRequest();

        assertThat(body).containsEntry("status", "MONITORED_BY_OTHER_BODY")
                .containsEntry("monitoringBody", "Doncaster Safeguarding Children Board")
                .containsEntry("decidedOn", "2016-01-04")
                .containsEntry("reason", "A subset of 1.1.1");
    }

    @Test
    void aBodyTypedBeforeAnotherStatusWasChosenIsNotSentAndNoDateMeansToday() {
        Map<String, Object> body = decision("CLOSED", "Doncaster Safeguarding Children Board").toRequest();

        assertThat(body).containsEntry("status", "CLOSED").containsEntry("monitoringBody", null).containsEntry("decidedOn", null);
    }

    @Test
    void aRefusalNamingNoFieldOfADecisionForAnUnnamedBodyIsShownBesideTheBodysName() {
        Problem refusal = new Problem(400, "urn:sdc:problem:validation-failed", "The request is not valid",
                "Name the accountable body that is to monitor recommendation 1", List.of());

        FormErrors errors = decision("MONITORED_BY_OTHER_BODY", " ").errors(refusal);

        assertThat(errors.get("monitoring-body")).isEqualTo("Name the accountable body that is to monitor recommendation 1");
        assertThat(errors.summary()).extracting(FormErrors.Item::href).containsExactly("#monitoring-body");
    }

    @Test
    void aConflictWithTheLifecycleIsOneSummaryLineLinkedToTheStatuses() {
        Problem conflict = new Problem(409, "urn:sdc:problem:conflict", "Conflict",
                "Recommendation 1 is CLOSED and cannot become OPEN", List.of());

        FormErrors errors = decision("OPEN", null).errors(conflict);

        assertThat(errors.summary()).extracting(FormErrors.Item::href).containsExactly("#status");
        assertThat(errors.has("monitoring-body")).isFalse();
    }

    @Test
    void emptyAnswersAreAskedForInTheFormsWordsInTheOrderTheFormAsks() {
        Problem refusal = new Problem(400, "urn:sdc:problem:validation-failed", "The request is not valid", "4 fields are not valid",
                List.of(new Problem.Violation("dueDate", "must not be null"), new Problem.Violation("owner", "must not be blank"),
                        new Problem.Violation("ownerParty", "must not be null"), new Problem.Violation("title", "must not be blank")));

        FormErrors errors = new ImprovementForms.NewAction().errors(refusal);

        assertThat(errors.summary()).extracting(FormErrors.Item::text).containsExactly("Enter what is to be done",
                "Select who owns it", "Enter the person or team that owns it", "Enter the due date as a real date, for example 31 3 2016");
        assertThat(errors.summary()).extracting(FormErrors.Item::href)
                .containsExactly("#title", "#owner-party", "#owner", "#due-date-day");
    }

    @Test
    void progressSendsEachEvidenceLineAsALinkAndNoStatusWhenNoneIsChosen() {
        ImprovementForms.Progress form = ImprovementForms.Progress.fresh("\"3\"");
        form.commentary = "January's audit done";
        form.evidence = " https://trust.example/qa/audit-1.pdf \r\n\n  https://trust.example/qa/audit-2.pdf\n ";

        Map<String, Object> body = form.toRequest();

        assertThat(body).containsEntry("commentary", "January's audit done").containsEntry("status", null)
                .containsEntry("evidence", List.of("https://trust.example/qa/audit-1.pdf", "https://trust.example/qa/audit-2.pdf"));
    }

    @Test
    void aBlankEvidenceLineRefusedByTheApiIsShownBesideTheEvidence() {
        Problem refusal = new Problem(400, "urn:sdc:problem:validation-failed", "The request is not valid", "1 field is not valid",
                List.of(new Problem.Violation("evidence[0].<list element>", "must not be blank")));

        assertThat(ImprovementForms.Progress.fresh(null).errors(refusal).has("evidence")).isTrue();
    }

    @Test
    void onlyWebAddressesOfEvidenceAreLinks() {
        assertThat(ImprovementApi.Evidence.of("https://trust.example/a.pdf").href()).isEqualTo("https://trust.example/a.pdf");
        assertThat(ImprovementApi.Evidence.of("javascript:alert(1)").href()).isNull();
        assertThat(ImprovementApi.Evidence.of("Minutes of the Strategic Inspection Group, 14 January 2016").href()).isNull();
    }

    @Test
    void aReplanStartsFromTheActionAsReadAndSendsEveryFieldWithTheReason() {
        ImprovementForms.Replan form = ImprovementForms.Replan.of(Map.of("title", "Audit 40 assessments a month", "ownerParty", "TRUST",
                "owner", "Head of Quality Assurance", "dueDate", "2016-03-31"), "\"4\"");
        form.dueDay = "30";
        form.dueMonth = "6";
        form.reason = "The audit tool arrives in May";

        assertThat(form.dueYear).isEqualTo("2016");
        assertThat(form.toRequest()).containsEntry("title", "Audit 40 assessments a month").containsEntry("ownerParty", "TRUST")
                .containsEntry("owner", "Head of Quality Assurance").containsEntry("dueDate", "2016-06-30")
                .containsEntry("reason", "The audit tool arrives in May");
    }

    @Test
    void anEvidenceFileIsSentAsItsNamesKindAndNamedInItsHeader() {
        assertThat(EvidenceFiles.mediaType("Re-audit.XLSX", "application/octet-stream"))
                .isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(EvidenceFiles.mediaType("minutes", "application/pdf")).isEqualTo("application/pdf");
        assertThat(EvidenceFiles.mediaType("page.html", "text/html")).isEqualTo("text/html");
        assertThat(EvidenceFiles.attachment("re-audit \"février\".csv"))
                .isEqualTo("attachment; filename=\"re-audit _f_vrier_.csv\"; filename*=UTF-8''re-audit%20%22f%C3%A9vrier%22.csv");
    }

    private static ImprovementForms.Decision decision(String status, String body) {
        ImprovementForms.Decision form = ImprovementForms.Decision.fresh("\"1\"");
        form.status = status;
        form.monitoringBody = body;
        return form;
    }
}
