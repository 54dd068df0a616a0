package io.sdc.performance.inspection;

import io.sdc.platform.problem.ProblemType;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static io.sdc.performance.support.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Correcting an inspection or a milestone, without the service around them: a reason is required, the rules of
 * recording hold for the corrected values, and a milestone's announced status gives way when the correction undoes it.
 */
class CorrectionTest {

    private static final UUID CONTRACT = UUID.randomUUID();
    private static final LocalDate TODAY = LocalDate.parse("2016-01-29");
    private static final String FRAMEWORK = "Services for children in need of help and protection";

    @Test
    void anInspectionIsCorrectedWithAReasonUnderTheRulesOfRecordingIt() {
        Inspection inspection = new Inspection(CONTRACT, "Ofsted", FRAMEWORK, LocalDate.parse("2015-11-04"), InspectionJudgement.INADEQUATE,
                List.of(), 20, TODAY);
        assertRefused(() -> inspection.correct("Ofsted", FRAMEWORK, LocalDate.parse("2015-11-04"), InspectionJudgement.REQUIRES_IMPROVEMENT,
                List.of(), 20, TODAY, " "), ProblemType.VALIDATION_FAILED, "Give a reason to correct an inspection");
        assertRefused(() -> inspection.correct("Ofsted", FRAMEWORK, LocalDate.parse("2016-02-01"), InspectionJudgement.REQUIRES_IMPROVEMENT,
                List.of(), 20, TODAY, "Date typed wrongly"), ProblemType.VALIDATION_FAILED, "cannot be in the future");
        assertRefused(() -> inspection.correct("Ofsted", FRAMEWORK, LocalDate.parse("2015-11-04"), InspectionJudgement.REQUIRES_IMPROVEMENT,
                List.of(), -1, TODAY, "Count typed wrongly"), ProblemType.VALIDATION_FAILED, "cannot be negative");
        assertThat(inspection.overallJudgement()).isEqualTo(InspectionJudgement.INADEQUATE);

        inspection.correct("Ofsted", FRAMEWORK, LocalDate.parse("2015-11-05"), InspectionJudgement.REQUIRES_IMPROVEMENT,
                List.of(new AreaJudgement("Adoption performance", InspectionJudgement.GOOD)), 18, TODAY, "Judgement typed wrongly");
        assertThat(inspection.overallJudgement()).isEqualTo(InspectionJudgement.REQUIRES_IMPROVEMENT);
        assertThat(inspection.date()).isEqualTo(LocalDate.parse("2015-11-05"));
        assertThat(inspection.recommendations()).isEqualTo(18);
        assertThat(inspection.judgementOf("Adoption performance")).contains(InspectionJudgement.GOOD);
    }

    @Test
    void aMilestoneIsCorrectedWithAReason() {
        Milestone milestone = new Milestone(CONTRACT, "Requires Improvement by April 2016", InspectionJudgement.REQUIRES_IMPROVEMENT,
                LocalDate.parse("2016-04-30"), null, null);
        assertRefused(() -> milestone.correct("Good by April 2016", InspectionJudgement.GOOD, LocalDate.parse("2016-04-30"), null, null, null),
                ProblemType.VALIDATION_FAILED, "Give a reason to correct a milestone");
        milestone.correct("Good by October 2016", InspectionJudgement.GOOD, LocalDate.parse("2016-10-31"), "Adoption performance", null,
                "The contract variation moved it");
        assertThat(milestone.title()).isEqualTo("Good by October 2016");
        assertThat(milestone.targetJudgement()).isEqualTo(InspectionJudgement.GOOD);
        assertThat(milestone.dueDate()).isEqualTo(LocalDate.parse("2016-10-31"));
        assertThat(milestone.area()).isEqualTo("Adoption performance");
    }

    @Test
    void anAnnouncedStatusACorrectionUndoesIsForgottenSoThatWhatHoldsNowIsAnnounced() {
        Milestone met = new Milestone(CONTRACT, "Requires Improvement by April 2016", InspectionJudgement.REQUIRES_IMPROVEMENT,
                LocalDate.parse("2016-04-30"), null, null);
        assertThat(met.announce(MilestoneStatus.MET)).isTrue();
        met.reconsider(MilestoneStatus.MET);
        assertThat(met.announcedStatus()).as("still met: nothing to announce again").isEqualTo(MilestoneStatus.MET);
        met.reconsider(MilestoneStatus.MISSED);
        assertThat(met.announcedStatus()).isNull();
        assertThat(met.announce(MilestoneStatus.MISSED)).isTrue();

        Milestone missed = new Milestone(CONTRACT, "Good by April 2016", InspectionJudgement.GOOD, LocalDate.parse("2016-04-30"), null, null);
        missed.announce(MilestoneStatus.MISSED);
        missed.reconsider(MilestoneStatus.MET);
        assertThat(missed.announcedStatus()).as("MISSED to MET is a step of its own").isEqualTo(MilestoneStatus.MISSED);
        missed.reconsider(MilestoneStatus.ON_TRACK);
        assertThat(missed.announcedStatus()).as("its date moved on").isNull();
        assertThat(missed.announce(MilestoneStatus.ON_TRACK)).isFalse();
    }
}
