package io.sdc.performance.improvement;

import io.sdc.platform.problem.ProblemException;
import io.sdc.platform.problem.ProblemType;
import jakarta.ws.rs.NotSupportedException;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** An improvement action's reminders, re-plans and evidence files, without a database. */
class ImprovementActionModelTest {

    private static final LocalDate TODAY = LocalDate.of(2016, 6, 15);
    private static final String THEME = "Excellent safeguarding standards and practice";
    private static final byte[] PDF = "%PDF-1.7\n1 0 obj\n".getBytes(StandardCharsets.US_ASCII);
    private static final long TEN_MB = 10L * 1024 * 1024;

    private static ImprovementAction action(Party owner, LocalDate dueDate) {
        ImprovementPlan plan = new ImprovementPlan(UUID.randomUUID(), "Children's Services Improvement Plan", LocalDate.of(2016, 3, 1),
                List.of(THEME), TODAY);
        Recommendation recommendation = new Recommendation(plan, "2.1.9", "Effective information management", THEME,
                new RecommendationSource(SourceKind.DFE_REVIEW, null, "DfE review", LocalDate.of(2016, 5, 17)), List.of(), TODAY);
        return new ImprovementAction(recommendation, "Audit case records monthly", owner, "Head of Quality Assurance", dueDate);
    }

    @Test
    void theLifecycleTableLetsOnlyAReplanBringAnOverdueActionBackOnTrack() {
        assertThat(ActionStatus.OVERDUE.next()).containsExactlyInAnyOrder(ActionStatus.ON_TRACK, ActionStatus.COMPLETE);
        assertThat(ActionStatus.OVERDUE.nextOnProgress()).containsExactly(ActionStatus.COMPLETE);
        assertThat(ActionStatus.AT_RISK.nextOnProgress()).isEqualTo(ActionStatus.AT_RISK.next());
        assertThat(ActionStatus.COMPLETE.nextOnProgress()).isEmpty();
    }

    @Test
    void theDailyReminderConcernsAnActionDueWithinTheDaysAheadNeitherOverdueNorComplete() {
        ImprovementAction action = action(Party.TRUST, TODAY.plusDays(10));
        assertThat(action.isDueWithin(TODAY.minusDays(5), 14)).as("15 days ahead").isFalse();
        assertThat(action.isDueWithin(TODAY, 14)).isTrue();
        assertThat(action.isDueWithin(TODAY.plusDays(10), 14)).as("due today").isTrue();
        assertThat(action.isDueWithin(TODAY.plusDays(11), 14)).as("past its due date").isFalse();

        action.replan(Party.COUNCIL, "commissioner", action.title(), Party.TRUST, action.owner(), TODAY.plusDays(20), "Moved", TODAY);
        assertThat(action.isDueWithin(TODAY, 14)).as("its new due date 20 days ahead").isFalse();

        ImprovementAction complete = action(Party.COUNCIL, TODAY.plusDays(3));
        complete.confirmCompletion("commissioner", TODAY);
        assertThat(complete.isDueWithin(TODAY, 14)).as("complete").isFalse();
        ImprovementAction overdue = action(Party.TRUST, TODAY.minusDays(1));
        overdue.markOverdue(TODAY);
        assertThat(overdue.isDueWithin(TODAY.minusDays(3), 14)).as("overdue").isFalse();
    }

    @Test
    void theCouncilReplansAnyFieldAndTheTrustOnlyTheOwnerOfItsOwnActions() {
        ImprovementAction trusts = action(Party.TRUST, TODAY.plusDays(30));
        assertThatThrownBy(() -> trusts.replan(Party.TRUST, "lead", trusts.title(), Party.TRUST, "Head of Service", TODAY.plusDays(60), "Later", TODAY))
                .isInstanceOf(ProblemException.class).hasMessageContaining("agreed by the council").hasMessageContaining("dueDate")
                .extracting(e -> ((ProblemException) e).type()).isEqualTo(ProblemType.FORBIDDEN);
        assertThatThrownBy(() -> trusts.replan(Party.TRUST, "lead", "Another title", Party.TRUST, trusts.owner(), trusts.dueDate(), "Why", TODAY))
                .hasMessageContaining("title");
        assertThatThrownBy(() -> trusts.replan(Party.TRUST, "lead", trusts.title(), Party.COUNCIL, trusts.owner(), trusts.dueDate(), "Why", TODAY))
                .hasMessageContaining("ownerParty");
        assertThatThrownBy(() -> trusts.replan(Party.TRUST, "lead", trusts.title(), Party.TRUST, trusts.owner(), trusts.dueDate(), "Why", TODAY))
                .hasMessageContaining("changes nothing");
        assertThatThrownBy(() -> trusts.replan(Party.TRUST, "lead", trusts.title(), Party.TRUST, "Head of Service", trusts.dueDate(), " ", TODAY))
                .hasMessageContaining("reason");

        Replan renamed = trusts.replan(Party.TRUST, "lead", trusts.title(), Party.TRUST, " Head of Service ", trusts.dueDate(), "New structure", TODAY);
        assertThat(trusts.owner()).isEqualTo("Head of Service");
        assertThat(renamed.changes()).containsExactly(new Replan.Change("owner", "Head of Quality Assurance", "Head of Service"));
        assertThat(renamed).extracting(Replan::replannedOn, Replan::replannedBy, Replan::party, Replan::reason)
                .containsExactly(TODAY, "lead", Party.TRUST, "New structure");

        ImprovementAction councils = action(Party.COUNCIL, TODAY.plusDays(30));
        assertThatThrownBy(() -> councils.replan(Party.TRUST, "lead", councils.title(), Party.COUNCIL, "Someone", councils.dueDate(), "Why", TODAY))
                .hasMessageContaining("COUNCIL's");

        trusts.replan(Party.COUNCIL, "commissioner", "Audit case records weekly", Party.COUNCIL, "Commissioning team", TODAY.plusDays(45),
                "Agreed at the Group", TODAY);
        assertThat(trusts.replans()).hasSize(2);
        assertThat(trusts.replans().get(1).changes()).extracting(Replan.Change::field).containsExactly("title", "ownerParty", "owner", "dueDate");
        assertThat(trusts.ownerParty()).isEqualTo(Party.COUNCIL);
        assertThat(trusts.dueDate()).isEqualTo(TODAY.plusDays(45));
    }

    @Test
    void aReplannedDueDateIsNotPastAndBringsAnOverdueActionBackOnTrackButACompleteActionIsNotReplanned() {
        ImprovementAction action = action(Party.TRUST, TODAY.minusDays(10));
        assertThat(action.markOverdue(TODAY)).isTrue();
        assertThatThrownBy(() -> action.replan(Party.COUNCIL, "commissioner", action.title(), Party.TRUST, action.owner(), TODAY.minusDays(1),
                "Still late", TODAY)).hasMessageContaining("today (2016-06-15) or later");
        action.replan(Party.COUNCIL, "commissioner", action.title(), Party.TRUST, "Head of Service", action.dueDate(), "Renamed", TODAY);
        assertThat(action.status()).as("only a new due date clears it").isEqualTo(ActionStatus.OVERDUE);

        Replan replan = action.replan(Party.COUNCIL, "commissioner", action.title(), Party.TRUST, action.owner(), TODAY.plusDays(30),
                "The audit tool arrives in May", TODAY);
        assertThat(action.status()).isEqualTo(ActionStatus.ON_TRACK);
        assertThat(replan.changes()).containsExactly(new Replan.Change("dueDate", TODAY.minusDays(10).toString(), TODAY.plusDays(30).toString()),
                new Replan.Change("status", "OVERDUE", "ON_TRACK"));
        assertThat(action.markOverdue(TODAY.plusDays(31))).as("overdue again once the new date passes").isTrue();

        action.confirmCompletion("commissioner", TODAY.plusDays(32));
        assertThatThrownBy(() -> action.replan(Party.COUNCIL, "commissioner", action.title(), Party.TRUST, action.owner(), TODAY.plusDays(90),
                "More", TODAY)).isInstanceOf(ProblemException.class).hasMessage("Action 'Audit case records monthly' is COMPLETE: its plan no longer changes");
    }

    @Test
    void theOwnersPartyUploadsEvidenceOfAKindTakenWithinTheLimitAndCitesOnlyItsOwnFiles() {
        ImprovementAction action = action(Party.TRUST, TODAY.plusDays(30));
        ImprovementEvidence.Uploader trust = new ImprovementEvidence.Uploader(Party.TRUST, "lead", "trust-performance", Instant.parse("2016-06-15T09:00:00Z"));
        ImprovementEvidence.Uploader council = new ImprovementEvidence.Uploader(Party.COUNCIL, "commissioner", "commissioner", trust.at());

        assertThatThrownBy(() -> ImprovementEvidence.upload(action, upload("audit.pdf", "application/pdf", PDF), council, TEN_MB))
                .hasMessageContaining("only its owner uploads evidence");
        assertThatThrownBy(() -> ImprovementEvidence.upload(action, upload(null, "application/pdf", PDF), trust, TEN_MB))
                .hasMessageContaining("Content-Disposition");
        assertThatThrownBy(() -> ImprovementEvidence.upload(action, upload("page.html", "text/html", "<p>".getBytes(StandardCharsets.UTF_8)), trust, TEN_MB))
                .isInstanceOf(NotSupportedException.class).hasMessageContaining("not text/html");
        assertThatThrownBy(() -> ImprovementEvidence.upload(action, upload("audit.pdf", "application/pdf", new byte[0]), trust, TEN_MB))
                .isInstanceOf(ProblemException.class).hasMessageContaining("empty");
        assertThatThrownBy(() -> ImprovementEvidence.upload(action, upload("audit.pdf", "application/pdf", PDF), trust, PDF.length - 1))
                .isInstanceOf(ProblemException.class).extracting(e -> ((ProblemException) e).type()).isEqualTo(ProblemType.PAYLOAD_TOO_LARGE);
        assertThatThrownBy(() -> ImprovementEvidence.upload(action, upload("audit.pdf", "application/pdf", "MZ executable".getBytes(StandardCharsets.US_ASCII)),
                trust, TEN_MB)).isInstanceOf(NotSupportedException.class).hasMessageContaining("its content is not PDF");
        assertThatThrownBy(() -> ImprovementEvidence.upload(action, upload("notes.txt", "text/plain", new byte[]{'a', 0, 'b'}), trust, TEN_MB))
                .isInstanceOf(NotSupportedException.class);

        ImprovementEvidence pdf = ImprovementEvidence.upload(action, upload("C:\\Users\\lead\\audit\u0007.pdf", "Application/PDF; name=x", PDF), trust, TEN_MB);
        assertThat(pdf.fileName()).isEqualTo("audit.pdf");
        assertThat(pdf.mediaType()).isEqualTo("application/pdf");
        assertThat(pdf.size()).isEqualTo(PDF.length);
        assertThat(pdf.sha256()).hasSize(64).isEqualTo(ImprovementEvidence.sha256Hex(PDF));
        assertThat(pdf).extracting(ImprovementEvidence::uploadedBy, ImprovementEvidence::uploaderRole, ImprovementEvidence::actionId)
                .containsExactly("lead", "trust-performance", action.id());
        for (String[] kind : new String[][]{{"image/png", "\u0089PNG\r\n\u001a\n"}, {"text/csv", "a,b\n1,2\n"}}) {
            assertThat(ImprovementEvidence.upload(action, upload("f", kind[0], kind[1].getBytes(StandardCharsets.ISO_8859_1)), trust, TEN_MB)
                    .mediaType()).isEqualTo(kind[0]);
        }

        ProgressUpdate update = action.reportProgress(Party.TRUST, "lead", "Audit done", ActionStatus.ON_TRACK, List.of(), List.of(pdf, pdf), TODAY);
        assertThat(update.evidenceFiles()).containsExactly(pdf.id());
        ImprovementAction other = action(Party.TRUST, TODAY.plusDays(30));
        assertThatThrownBy(() -> other.reportProgress(Party.TRUST, "lead", "Audit done", null, List.of(), List.of(pdf), TODAY))
                .isInstanceOf(ProblemException.class).hasMessageContaining("another action");

        action.confirmCompletion("commissioner", TODAY);
        assertThatThrownBy(() -> ImprovementEvidence.upload(action, upload("late.pdf", "application/pdf", PDF), trust, TEN_MB))
                .hasMessageContaining("COMPLETE");
    }

    private static ImprovementEvidence.Upload upload(String name, String type, byte[] bytes) {
        return new ImprovementEvidence.Upload(name, type, null, bytes);
    }
}
